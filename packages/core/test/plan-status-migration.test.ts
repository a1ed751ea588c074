/**
 * Reports stored before plan items had a status gain one ("todo") when the database is migrated
 * (0006): the statement is run again here on a report of the old shape, on the test engine.
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

const backfill = () =>
  readFileSync(join(MIGRATIONS_FOLDER, '0006_row_level_security_plan_status_mappings.sql'), 'utf8')
    .split('--> statement-breakpoint')
    .map((s) => s.trim())
    .filter((s) => /NO FORCE|^(--[^\n]*\n)*UPDATE|^ALTER TABLE "assessments" FORCE/.test(s));

describe('migration 0006', () => {
  it('gives every plan item of a stored report and dashboard the status "todo", keeping one already set', async () => {
    const plan = {
      days30: [
        { action: 'a', title: 'A' },
        { action: 'b', title: 'B', status: 'done' },
      ],
      days60: [],
      days90: [{ action: 'c', title: 'C' }],
      deferred: [{ action: 'd', title: 'D', reason: 'capacity' }],
      capacityPerBucket: 3,
      metrics: [{ metric: 'm' }],
    };
    await t.db.query(
      `insert into frameworks (org_id, sha256, kind, version, content) values ($1, 'f', 'program-readiness', 'v1', '{}')`,
      [TEST_ORG],
    );
    await t.db.query(
      `insert into assessments (org_id, number, kind, framework_sha256, as_of, brief, result, dashboard)
       values ($1, 1, 'program', 'f', '2026-09-30', '{}', $2, $2), ($1, 2, 'program', 'f', '2026-09-30', '{}', $3, null)`,
      [TEST_ORG, JSON.stringify({ summary: {}, plan }), JSON.stringify({ plan })],
    );
    const statements = backfill();
    expect(statements).toHaveLength(3);
    for (const sql of statements) await t.db.query(sql);
    const rows = await t.db.query<{ result: { plan: typeof plan }; dashboard: { plan: typeof plan } | null }>(
      'select result, dashboard from assessments where org_id = $1 order by number',
      [TEST_ORG],
    );
    const statuses = (p: typeof plan) =>
      [...p.days30, ...p.days60, ...p.days90, ...p.deferred].map((i) => [
        i.action,
        (i as { status?: string }).status,
      ]);
    const expected = [
      ['a', 'todo'],
      ['b', 'done'],
      ['c', 'todo'],
      ['d', 'todo'],
    ];
    expect(statuses(rows[0]!.result.plan)).toEqual(expected);
    expect(statuses(rows[0]!.dashboard!.plan)).toEqual(expected);
    expect(rows[0]!.result.plan.metrics).toEqual(plan.metrics);
    expect(rows[0]!.result.plan.deferred[0]).toMatchObject({ reason: 'capacity' });
    expect(statuses(rows[1]!.result.plan)).toEqual(expected);
    expect(rows[1]!.dashboard).toBeNull();
  });
});
