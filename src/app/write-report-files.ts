import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes DIR/<name>.md and DIR/<name>.json (pretty, newline-terminated); returns their paths. */
export const writeReportFiles = (outDir: string, name: string, markdown: string, json: unknown): string[] => {
  mkdirSync(outDir, { recursive: true });
  const md = join(outDir, `${name}.md`);
  const js = join(outDir, `${name}.json`);
  writeFileSync(md, markdown);
  writeFileSync(js, `${JSON.stringify(json, null, 2)}\n`);
  return [md, js];
};
