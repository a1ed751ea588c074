/**
 * Migration 0011 keys evidence files by org, partner and sha256 (issue 16): the table is put back
 * in its old shape (keyed by org and sha256), given a file, and migrated again here, on the test
 * engine. The file keeps its partner, and the same bytes can then be stored for another partner.
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

const SHA = 'a'.repeat(64);

describe('migration 0011', () => {
  it('re-keys evidence files by partner, keeping each file’s partner', async () => {
    for (const sql of [
      'drop index "evidence_files_sha256"',
      'alter table "evidence_files" drop constraint "evidence_files_org_id_partner_id_sha256_pk"',
      'alter table "evidence_files" add constraint "evidence_files_org_id_sha256_pk" primary key ("org_id", "sha256")',
      'create index "evidence_files_partner" on "evidence_files" using btree ("org_id", "partner_id")',
    ])
      await t.db.query(sql);
    const [a, b] = await t.db.query<{ id: number }>(
      `insert into partners (org_id, external_id, name, type, joined_on, lifecycle)
       values ($1, 'P-A', 'A', 'strategic', '2024-01-01', 'active'), ($1, 'P-B', 'B', 'strategic', '2024-01-01', 'active')
       returning id`,
      [TEST_ORG],
    );
    const insert = (partnerId: number) =>
      t.db.query(
        `insert into evidence_files (org_id, sha256, partner_id, filename, content_type, size, uploaded_by)
         values ($1, $2, $3, 'plan.pdf', 'application/pdf', 10, 'test')`,
        [TEST_ORG, SHA, partnerId],
      );
    await insert(a!.id);
    // The old key: the same bytes could not be stored for a second partner.
    await expect(insert(b!.id)).rejects.toThrow();

    const statements = readFileSync(join(MIGRATIONS_FOLDER, '0011_evidence_per_partner.sql'), 'utf8')
      .split('--> statement-breakpoint')
      .map((s) => s.trim());
    expect(statements).toHaveLength(4);
    for (const sql of statements) await t.db.query(sql);

    await insert(b!.id);
    const rows = await t.db.query<{ partner_id: number }>(
      'select partner_id from evidence_files where org_id = $1 and sha256 = $2 order by partner_id',
      [TEST_ORG, SHA],
    );
    expect(rows.map((r) => r.partner_id)).toEqual([a!.id, b!.id].sort((x, y) => x - y));
    await expect(insert(b!.id)).rejects.toThrow();
  });
});
