/**
 * Looking at the past never changes the present, at the CLI: with readiness scored as of 30 Sep,
 * `trellis score partners --as-of 2026-06-30` stores history, and `trellis remediation list` prints
 * the same bytes before and after; the audit log gains the scoring itself and nothing else.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  importSourcesUseCase,
  readExampleDirectory,
  scorePartnersUseCase,
  systemCaller,
} from '@trellis/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliWorkspace, cliWorkspace } from './support/cli.ts';

const ORG = 'cli-test';
let ws: CliWorkspace;

beforeAll(async () => {
  ws = await cliWorkspace();
  // The example loaded in-process (the CLI would take a run per file): imports, then September.
  const db = await ws.open();
  try {
    await db.query(`insert into orgs (id, name) values ($1, $1) on conflict do nothing`, [ORG]);
    const org = db.forOrg(ORG);
    await importSourcesUseCase(org, systemCaller(ORG), { sources: (await readExampleDirectory()).sources });
    await scorePartnersUseCase(org, systemCaller(ORG), { asOf: '2026-09-30' });
  } finally {
    await db.close();
  }
});
afterAll(() => ws?.dispose());

const auditRows = async () => {
  const db = await ws.open();
  try {
    return await db
      .forOrg(ORG)
      .query<{ action: string; entity_id: string; after: { history?: boolean } }>(
        'select action, entity_id, after from audit_log order by at, action',
      );
  } finally {
    await db.close();
  }
};

describe('the past never rewrites the present (CLI)', () => {
  it('score partners as of an earlier date leaves remediation list byte for byte, and logs only the scoring', async () => {
    const before = await ws.run('remediation', 'list');
    expect(before.code).toBe(0);
    expect(before.stdout).toMatch(/^#1 P-/);
    const audit = await auditRows();
    const out = mkdtempSync(join(tmpdir(), 'june-'));
    const june = await ws.run('score', 'partners', '--as-of', '2026-06-30', '--out', out);
    expect(june.code).toBe(0);
    const after = await ws.run('remediation', 'list');
    expect(after.stdout).toBe(before.stdout);
    const added = (await auditRows()).slice(audit.length);
    expect(added.map((a) => [a.action, a.entity_id, a.after.history])).toEqual([
      ['readiness.score', '2026-06-30', true],
    ]);
  }, 240_000);
});
