/**
 * Bad input through the real CLI: a clear message naming the file and row/column or field, a
 * non-zero exit, and an unchanged database.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliWorkspace, cliWorkspace } from './support/cli.ts';

const FIX = join(import.meta.dirname, 'fixtures/cli');
const scratch = mkdtempSync(join(tmpdir(), 'trellis-bad-'));
const good = (name: string) => readFileSync(join(FIX, name), 'utf8');
const file = (name: string, body: string) => {
  const f = join(scratch, name);
  writeFileSync(f, body);
  return f;
};

let ws: CliWorkspace;

const counts = async () => {
  const db = await ws.open();
  try {
    const [row] = await db.query<{ partners: number; opportunities: number; sum: string }>(
      `select (select count(*)::int from partners) as partners, (select count(*)::int from opportunities) as opportunities,
              (select coalesce(sum(amount), 0)::text from opportunities) as sum`,
    );
    return row!;
  } finally {
    await db.close();
  }
};

beforeAll(async () => {
  ws = await cliWorkspace();
  expect((await ws.run('import', 'partners', join(FIX, 'partners.csv'))).code).toBe(0);
  expect((await ws.run('import', 'opportunities', join(FIX, 'opportunities.csv'))).code).toBe(0);
}, 120_000);
afterAll(() => ws?.dispose());

const opps = good('opportunities.csv');
const cases: [string, () => string[], RegExp][] = [
  ['missing file', () => ['import', 'opportunities', join(scratch, 'nope.csv')], /nope\.csv/],
  [
    'wrong header',
    () => ['import', 'opportunities', file('h.csv', opps.replace('amount', 'amonut'))],
    /h\.csv.*(amonut|amount)/s,
  ],
  [
    'bad date',
    () => ['import', 'opportunities', file('d.csv', `${opps}O-3,P-1,x,10,won,2025-02-30,2025-03-01,true\n`)],
    /d\.csv.*line 4.*created_on/s,
  ],
  [
    'negative amount',
    () => ['import', 'opportunities', file('n.csv', `${opps}O-3,P-1,x,-5,open,2025-02-01,,true\n`)],
    /n\.csv.*line 4.*amount/s,
  ],
  [
    'non-numeric amount',
    () => ['import', 'opportunities', file('a.csv', `${opps}O-3,P-1,x,12k,open,2025-02-01,,true\n`)],
    /a\.csv.*line 4.*amount/s,
  ],
  [
    'unknown partner',
    () => ['import', 'opportunities', file('u.csv', `${opps}O-3,P-404,x,5,open,2025-02-01,,true\n`)],
    /u\.csv.*line 4.*partner_external_id.*P-404/s,
  ],
  [
    'duplicate external id',
    () => ['import', 'opportunities', file('x.csv', `${opps}O-1,P-1,x,5,open,2025-02-01,,true\n`)],
    /x\.csv.*line 4.*external_id.*line 2/s,
  ],
  [
    'unknown framework version',
    () => [
      'assess',
      'program',
      '--brief',
      join(import.meta.dirname, '../../../examples/seed-saas/brief.yaml'),
      '--out',
      scratch,
      '--framework',
      'v9',
    ],
    /Unknown program-readiness framework version 'v9'/,
  ],
  [
    'malformed brief',
    () => [
      'assess',
      'program',
      '--brief',
      file(
        'brief.yaml',
        'name: x\ncontext: {}\nconstraints: { teamSize: 0, budget: limited, executiveBandwidth: limited }\n',
      ),
      '--out',
      scratch,
    ],
    /brief\.yaml.*constraints\.teamSize/s,
  ],
  ['unknown entity', () => ['import', 'widgets', join(FIX, 'partners.csv')], /unknown entity 'widgets'/],
];

describe('bad input through the CLI', () => {
  it.each(cases)(
    '%s: clear message, non-zero exit, database unchanged',
    async (_name, args, message) => {
      const before = await counts();
      const r = await ws.run(...args());
      expect(r.code).not.toBe(0);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at .*\.ts:\d+/);
      expect(await counts()).toEqual(before);
    },
    60_000,
  );

  it('the good files imported once and a second import changes nothing', async () => {
    const r = await ws.run('import', 'opportunities', join(FIX, 'opportunities.csv'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 inserted, 0 updated, 2 unchanged/);
    expect(await counts()).toEqual({ partners: 2, opportunities: 2, sum: '3500.50' });
  }, 60_000);
});
