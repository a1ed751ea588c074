/**
 * A migrated, empty PGlite database as a tarball, made once per set of migrations and PGlite
 * version and kept in the system's temp directory. Loading it (~0.3 s) replaces creating and
 * migrating a database (~1.7 s) for each of the suite's test databases; test files in parallel
 * workers share it (written to a temporary name, then renamed into place).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS_FOLDER } from '../../src/db/migrations-folder.ts';
import { createPglite } from '../../src/db/open-pglite.ts';

const ROOT = join(import.meta.dirname, '../../../..');

/** The migrations (every file, sorted) and the PGlite version: what the template depends on. */
const templateKey = () => {
  const h = createHash('sha256');
  h.update(readFileSync(join(ROOT, 'node_modules/@electric-sql/pglite/package.json')));
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else h.update(e.name).update(readFileSync(path));
    }
  };
  walk(MIGRATIONS_FOLDER);
  return h.digest('hex').slice(0, 16);
};

let template: Promise<Blob> | undefined;

const loadOrMake = async (): Promise<Blob> => {
  const file = join(tmpdir(), `trellis-pglite-template-${templateKey()}.tar`);
  if (existsSync(file)) return new Blob([readFileSync(file)]);
  const pg = await createPglite();
  const dump = await pg.dumpDataDir('none');
  await pg.close();
  const part = `${file}.${process.pid}.part`;
  writeFileSync(part, Buffer.from(await dump.arrayBuffer()));
  renameSync(part, file);
  return dump;
};

export const pgliteTemplate = (): Promise<Blob> => {
  template ??= loadOrMake();
  return template;
};
