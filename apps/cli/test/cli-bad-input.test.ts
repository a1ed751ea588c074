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
  [
    'a YAML alias bomb in the brief',
    () => {
      const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
      for (const [x, y] of ['ba', 'cb', 'dc', 'ed', 'fe', 'gf'])
        lines.push(`${x}: &${x} [${Array(9).fill(`*${y}`).join(',')}]`);
      return ['assess', 'program', '--brief', file('bomb.yaml', `${lines.join('\n')}\n`), '--out', scratch];
    },
    /bomb\.yaml.*too many aliases/s,
  ],
  [
    'a NUL byte in a cell',
    () => ['import', 'opportunities', file('nul.csv', `${opps}O-3,P-1,x\u0000y,10,open,2025-02-01,,true\n`)],
    /nul\.csv.*line 4.*name.*NUL byte/s,
  ],
  [
    'an external_id of 3,000 characters',
    () => [
      'import',
      'opportunities',
      file('long.csv', `${opps}O-${'9'.repeat(3000)},P-1,x,10,open,2025-02-01,,true\n`),
    ],
    /long\.csv.*line 4.*external_id.*at most 500/s,
  ],
  [
    'invalid UTF-8 after a UTF-8 start',
    () => {
      const body = Buffer.concat([
        Buffer.from(`${opps}${'O-X,P-1,ü,1,open,2025-02-01,,true\n'.repeat(3000)}`),
        Buffer.from([0xff, 0x0a]),
      ]);
      const f = join(scratch, 'utf8.csv');
      writeFileSync(f, body);
      return ['import', 'opportunities', f];
    },
    /utf8\.csv.*line 3004.*not valid utf-8/s,
  ],
  [
    'an unbalanced quote',
    () => [
      'import',
      'opportunities',
      file('q.csv', `${opps}O-3,P-1,"x,10,open,2025-02-01,,true\nO-4,P-1,y,10,open,2025-02-01,,true\n`),
    ],
    /q\.csv.*line 4.*never closed/s,
  ],
  [
    '--out pointing at a file',
    () => ['score', 'partners', '--out', file('report.md', 'x')],
    /--out .*report\.md: is a file/,
  ],
  [
    '--out in /proc',
    () => ['score', 'partners', '--out', '/proc/1/x'],
    /--out \/proc\/1\/x: not a place for reports/,
  ],
  [
    'an item number out of range',
    () => ['remediation', 'update', '2147483648', '--status', 'done'],
    /not an item number/,
  ],
  [
    'an as-of date before 1900',
    () => ['score', 'partners', '--as-of', '0001-01-01', '--out', scratch],
    /from 1900 to 2999/,
  ],
  [
    'remediation of an unknown partner',
    () => ['remediation', 'list', '--partner', 'P-404'],
    /No partner with external_id "P-404"/,
  ],
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

  it('a refused --out stores nothing: no tiers, no remediation items, no assessment', async () => {
    const r = await ws.run('score', 'partners', '--as-of', '2025-06-30', '--out', file('not-a-dir', 'x'));
    expect(r.code).toBe(2);
    const db = await ws.open();
    try {
      const [n] = await db.query<{ n: number }>(
        'select (select count(*) from tier_history) + (select count(*) from remediation_items) + (select count(*) from assessments) as n',
      );
      expect(Number(n!.n)).toBe(0);
    } finally {
      await db.close();
    }
  }, 60_000);

  it('prints no terminal control sequences, whatever a file name or record holds', async () => {
    const name = join(scratch, 'evil\u001b[2J\u001b]0;pwned\u0007.csv');
    writeFileSync(name, good('partners.csv'));
    const r = await ws.run('import', 'partners', name);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('evil[2J]0;pwned.csv');
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence
    expect(r.stdout).not.toMatch(/[\u001b\u0007]/);
  }, 60_000);

  it('errors are printed once; --version and required options are shown', async () => {
    const r = await ws.run('import', 'opportunities', file('h2.csv', opps.replace('amount', 'amonut')));
    expect(r.stderr.split('\n').filter((l) => l.includes('amonut'))).toHaveLength(1);
    expect((await ws.run('--version')).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect((await ws.run('assess', 'program', '--help')).stdout).toMatch(
      /--brief <file>[\s\S]*?\(required\)/,
    );
  }, 60_000);

  it('many problems are grouped by column, printed once, and listed in full in a report file', async () => {
    const rows = Array.from(
      { length: 50 },
      (_, i) => `O-${i + 10},P-404,x,"$125,000.00",=1+1,2025-02-01,,true`,
    );
    const errors = join(scratch, 'errors');
    const r = await ws.run(
      'import',
      'opportunities',
      file('crm.csv', `${opps}${rows.join('\n')}\n`),
      '--errors',
      errors,
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('crm.csv: 150 problems, nothing imported');
    // Each column once: its count, what its values look like, and the fix they show.
    expect(r.stderr).toContain(
      'amount: 50 rows like "$125,000.00" (lines 4, 5, 6, …) — not a plain number (no currency sign or thousands separator)\n    fix: use --preset or a mapping with a money format',
    );
    expect(r.stderr).toMatch(/partner_external_id: 50 rows like "P-404" \(lines 4, 5, 6, …\) — no partner/);
    expect(r.stderr).toMatch(/stage: 50 rows like "=1\+1" [^\n]*\n {4}fix: map the export's values/);
    expect(r.stderr.split('\n').length).toBeLessThan(12);
    const report = readFileSync(join(errors, 'crm.csv.errors.csv'), 'utf8').trim().split('\r\n');
    expect(report).toHaveLength(151);
    expect(report[0]).toBe('"line","column","value","reason"');
    // A value a spreadsheet would run as a formula is neutralised.
    expect(report).toContain(`"4","stage","'=1+1","""=1+1"" is not one of open, won, lost"`);
    const json = JSON.parse(readFileSync(join(errors, 'crm.csv.errors.json'), 'utf8'));
    expect(json.problems).toHaveLength(150);
    expect(json.byColumn.map((c: { column: string }) => c.column).sort()).toEqual([
      'amount',
      'partner_external_id',
      'stage',
    ]);
  }, 60_000);

  it('the good files imported once and a second import changes nothing', async () => {
    const r = await ws.run('import', 'opportunities', join(FIX, 'opportunities.csv'));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/0 inserted, 0 updated, 2 unchanged/);
    expect(await counts()).toEqual({ partners: 2, opportunities: 2, sum: '3500.50' });
  }, 60_000);
});
