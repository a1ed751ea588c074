/**
 * Use-case: the main job. Loads examples/seed-saas into a fresh embedded database, assesses it and
 * writes the report. The example's brief fixes the as-of date, so the output is reproducible.
 */
import { fileURLToPath } from 'node:url';
import { ensureOrg } from '../db/open-database.ts';
import { openPglite } from '../db/open-pglite.ts';
import type { ImportResult } from '../importers/index.ts';
import { type AssessProgramOutput, assessProgramUseCase } from './assess-program.ts';
import { importDirectory } from './import-directory.ts';
import { writeProgramReport } from './write-program-report.ts';

export const EXAMPLE_DIR = fileURLToPath(new URL('../../examples/seed-saas', import.meta.url));
const DEMO_ORG = 'demo';

export interface DemoOutput extends AssessProgramOutput {
  imports: ImportResult[];
  files: string[];
}

export const runDemo = async (opts: {
  outDir: string;
  asOf?: string;
  today: string;
  exampleDir?: string;
}): Promise<DemoOutput> => {
  const dir = opts.exampleDir ?? EXAMPLE_DIR;
  const db = await openPglite();
  try {
    await ensureOrg(db, DEMO_ORG);
    const imports = await importDirectory(db, DEMO_ORG, dir);
    const out = await assessProgramUseCase(db, {
      orgId: DEMO_ORG,
      briefFile: `${dir}/brief.yaml`,
      asOf: opts.asOf,
      today: opts.today,
    });
    return { ...out, imports, files: writeProgramReport(opts.outDir, out.report) };
  } finally {
    await db.close();
  }
};
