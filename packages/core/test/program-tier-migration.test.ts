/**
 * Reports stored before the two tiers were named apart gain `programTier` for `tier` in their
 * performance rows when the database is migrated (0010): the statements are run again here on a
 * report of the old shape, on the test engine.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../src/db/migrations-folder.ts';
import { openTestDatabase, TEST_ORG, type TestDatabase } from './support/test-database.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t?.dispose());

describe('migration 0010', () => {
  it('renames the performance rows’ tier to programTier, keeping everything else and the row order', async () => {
    const old = {
      summary: {},
      performance: {
        partners: [
          { externalId: 'P-B', tier: 'Gold', readiness: { tier: 'bronze' } },
          { externalId: 'P-A', tier: null, readiness: null },
          { externalId: 'P-C', programTier: 'Silver' },
        ],
      },
    };
    await t.db.query(
      `insert into frameworks (org_id, sha256, kind, version, content) values ($1, 'f', 'program-readiness', 'v1', '{}')`,
      [TEST_ORG],
    );
    await t.db.query(
      `insert into assessments (org_id, number, kind, framework_sha256, as_of, brief, result)
       values ($1, 1, 'program', 'f', '2026-09-30', '{}', $2), ($1, 2, 'program', 'f', '2026-09-30', '{}', '{"summary": {}}')`,
      [TEST_ORG, JSON.stringify(old)],
    );
    const statements = readFileSync(join(MIGRATIONS_FOLDER, '0010_program_tier_named.sql'), 'utf8')
      .split('--> statement-breakpoint')
      .map((s) => s.trim());
    expect(statements).toHaveLength(3);
    for (const sql of statements) await t.db.query(sql);
    const rows = await t.db.query<{ result: typeof old }>(
      'select result from assessments where org_id = $1 order by number',
      [TEST_ORG],
    );
    expect(rows[0]!.result.performance.partners).toEqual([
      { externalId: 'P-B', programTier: 'Gold', readiness: { tier: 'bronze' } },
      { externalId: 'P-A', programTier: null, readiness: null },
      { externalId: 'P-C', programTier: 'Silver' },
    ]);
    expect(rows[1]!.result).toEqual({ summary: {} });
  });
});
