/**
 * Migration 0012 moves import uploads out of the jobs table (issue 17): the table is put back in
 * its old shape (an `input` bytes column), given jobs, and migrated again here, on the test engine.
 * A queued job still holding bytes fails asking for the file again (SQL cannot move it to the
 * store); a finished job keeps its outcome; the bytes column is gone.
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

describe('migration 0012', () => {
  it('fails queued jobs still holding bytes, keeps finished ones, and drops the bytes', async () => {
    for (const sql of [
      'drop index "jobs_input"',
      'alter table "jobs" drop column "input_sha256"',
      'alter table "jobs" add column "input" bytea',
    ])
      await t.db.query(sql);
    const job = async (status: string, input: Buffer | null) =>
      (
        await t.db.query<{ id: string }>(
          `insert into jobs (org_id, kind, payload, status, input, created_by_label)
           values ($1, 'import', '{}', $2, $3, 'test') returning id`,
          [TEST_ORG, status, input],
        )
      )[0]!.id;
    const queued = await job('queued', Buffer.from('external_id\nP-1\n'));
    const done = await job('done', null);
    const scoring = await job('queued', null);

    const statements = readFileSync(join(MIGRATIONS_FOLDER, '0012_upload_in_store.sql'), 'utf8')
      .split('--> statement-breakpoint')
      .map((s) => s.trim());
    expect(statements).toHaveLength(4);
    for (const sql of statements) await t.db.query(sql);

    const rows = await t.db.query<{ id: string; status: string; error: { message: string } | null }>(
      'select id, status, error from jobs where org_id = $1',
      [TEST_ORG],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(queued)).toMatchObject({ status: 'failed' });
    expect(byId.get(queued)?.error?.message).toContain('upload the file again');
    expect(byId.get(done)).toMatchObject({ status: 'done', error: null });
    expect(byId.get(scoring)).toMatchObject({ status: 'queued', error: null });
    const columns = await t.db.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_name = 'jobs'`,
    );
    expect(columns.map((c) => c.column_name)).toContain('input_sha256');
    expect(columns.map((c) => c.column_name)).not.toContain('input');
  });
});
