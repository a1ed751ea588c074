/**
 * SQL lives in db/queries (ARCHITECTURE.md, "Where SQL lives"): no use-case, renderer or adapter
 * holds a statement. Two exceptions, named here: the engines' own plumbing (db/sql-client.ts scopes
 * a connection to an org, db/open-postgres.ts checks the role it connected as), and the import
 * pipeline's modules (importers/: the staging table, its checks and merge, the dated history, the
 * import log, the names a mapping looks up), which sit below db in the layer order and run inside
 * the import's one transaction.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sources } from './support/import-graph.ts';

const SRC = join(import.meta.dirname, '../src');

/** How statements open (a space: any white space); SQL is written in lower or upper case, prose mixes. */
const OPENINGS = [
  'select ',
  'insert into ',
  'update [a-z_]+ set ',
  'delete from ',
  'with [a-z_]+ as \\(',
  'create (temp|temporary|table|index|unique) ',
  'analyze ',
];
const cases = [...OPENINGS, ...OPENINGS.map((o) => o.toUpperCase())].map((o) => o.replaceAll(' ', '\\s+'));
/** A string literal or template that starts a statement. */
const STATEMENT = new RegExp(`[\`'"]\\s*(${cases.join('|')})`);

const ENGINE = ['db/sql-client.ts', 'db/open-postgres.ts'];
const IMPORT_PIPELINE = [
  'importers/find-stage-problems.ts',
  'importers/import-log.ts',
  'importers/merge-stage.ts',
  'importers/partner-history.ts',
  'importers/referenced-names.ts',
  'importers/staging-table.ts',
];

const withSql = sources(SRC)
  .filter((file) => STATEMENT.test(readFileSync(file, 'utf8')))
  .map((file) => relative(SRC, file))
  .sort();

describe('where SQL lives', () => {
  it('recognises a statement in a string, and not prose', () => {
    expect(STATEMENT.test("db.query('select id from orgs where id = $1')")).toBe(true);
    expect(STATEMENT.test('`\n  delete from evidence_files f using partners p`')).toBe(true);
    expect(STATEMENT.test("'update it instead'")).toBe(false);
    expect(STATEMENT.test("'Select the worksheet'")).toBe(false);
    expect(STATEMENT.test('"SELECT id FROM orgs"')).toBe(true);
  });

  it('only db/queries, the engines and the import pipeline hold statements', () => {
    const elsewhere = withSql.filter(
      (f) => !f.startsWith('db/queries/') && !ENGINE.includes(f) && !IMPORT_PIPELINE.includes(f),
    );
    expect(elsewhere).toEqual([]);
    expect(withSql.filter((f) => f.startsWith('app/'))).toEqual([]);
  });

  it('the named exceptions are exactly the files outside db/queries that hold statements', () => {
    expect(withSql.filter((f) => !f.startsWith('db/queries/'))).toEqual(
      [...ENGINE, ...IMPORT_PIPELINE].sort(),
    );
  });
});
