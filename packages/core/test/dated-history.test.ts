/**
 * Dated history (docs/imports.md, "Dated attributes"): a partners import keeps when each tier,
 * lifecycle, executive sponsor and manager held; an assessment as of a date reads the values valid
 * then, so later imports never change what an earlier date shows (byte-identical report JSON).
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCaller } from '../src/app/accounts/caller.ts';
import { assessProgramUseCase } from '../src/app/assessments/assess-program.ts';
import { importSourcesUseCase } from '../src/app/imports/import-sources.ts';
import { scorePartnersUseCase } from '../src/app/readiness/score-partners.ts';
import { findAssessmentJsonText } from '../src/db/queries/assessments.ts';
import { loadPartnerFacts } from '../src/db/queries/partner-facts.ts';
import { AppError } from '../src/errors.ts';
import { readExampleDirectory } from '../src/files/example-directory.ts';
import { loadProgramFramework } from '../src/frameworks/load-framework.ts';
import { csvText } from '../src/importers/csv-source.ts';
import { importCsv } from '../src/importers/import-csv.ts';
import { openTestDatabase, TEST_ORG, type TestDatabase } from './support/test-database.ts';

let t: TestDatabase;
let example: Awaited<ReturnType<typeof readExampleDirectory>>;
const partnersCsv = readFileSync(
  join(import.meta.dirname, '../../../examples/seed-saas/partners.csv'),
  'utf8',
);

/** The example's partners file with some rows' cells replaced and a valid_from column. */
const edited = (changes: Record<string, Record<string, string>>) => {
  const [header, ...rows] = partnersCsv.trim().split('\n');
  const names = `${header},valid_from`.split(',');
  const lines = rows.map((line) => {
    const cells = [...line.split(','), ''];
    const change = changes[cells[0]!] ?? {};
    return names.map((n, i) => change[n] ?? cells[i]).join(',');
  });
  return csvText('partners.csv', [names.join(','), ...lines].join('\n'));
};

const assessedAs = async (asOf: string) => {
  const { assessmentId } = await assessProgramUseCase(t.db, systemCaller(TEST_ORG), {
    brief: example.brief,
    briefName: example.briefName,
    framework: loadProgramFramework('v1'),
    asOf,
    today: '2026-12-05',
  });
  return findAssessmentJsonText(t.db, TEST_ORG, assessmentId, 'result');
};

const history = (partner: string, attribute: string) =>
  t.db.query<{ value: string | null; from: string; to: string | null }>(
    `select h.value, h.valid_from::text as from, h.valid_to::text as to
       from partner_attribute_history h join partners p on p.org_id = h.org_id and p.id = h.partner_id
      where h.org_id = $1 and p.external_id = $2 and h.attribute = $3 order by h.valid_from`,
    [TEST_ORG, partner, attribute],
  );

const factsOf = async (asOf: string, partner: string) =>
  (await loadPartnerFacts(t.db, TEST_ORG, { asOf, periodDays: 365, activeDays: 90 })).find(
    (f) => f.externalId === partner,
  );

beforeAll(async () => {
  t = await openTestDatabase();
  example = await readExampleDirectory();
  await importSourcesUseCase(t.db, systemCaller(TEST_ORG), { sources: example.sources });
});
afterAll(() => t?.dispose());

describe('dated partner attributes', () => {
  let september: string | undefined;
  let readinessSeptember: string;

  it("a partner's first values hold from its join date", async () => {
    expect(await history('P-A', 'tier')).toEqual([{ value: 'Platinum', from: '2023-10-10', to: null }]);
    expect(await history('P-H', 'executive_sponsor')).toEqual([
      { value: null, from: '2023-08-28', to: null },
    ]);
    // Scored first: an assessment shows the readiness scoring of its date.
    readinessSeptember = JSON.stringify(
      await scorePartnersUseCase(t.db, systemCaller(TEST_ORG), { asOf: '2026-09-30' }),
    );
    september = await assessedAs('2026-09-30');
  });

  it('a re-import that changes a value closes the old one and opens the new one', async () => {
    const r = await importCsv(
      t.db,
      TEST_ORG,
      'partners',
      edited({
        'P-A': { tier: 'Gold' },
        'P-B': { lifecycle: 'retired', valid_from: '2026-10-15' },
        'P-H': { executive_sponsor: 'COO', owner: 'Sam Reyes', valid_from: '2026-11-01' },
      }),
      { importDate: '2026-12-05' },
    );
    expect([r.inserted, r.updated]).toEqual([0, 3]);
    expect(await history('P-A', 'tier')).toEqual([
      { value: 'Platinum', from: '2023-10-10', to: '2026-12-05' },
      { value: 'Gold', from: '2026-12-05', to: null },
    ]);
    expect(await history('P-B', 'lifecycle')).toEqual([
      { value: 'active', from: '2023-09-21', to: '2026-10-15' },
      { value: 'retired', from: '2026-10-15', to: null },
    ]);
    expect(await history('P-H', 'owner')).toEqual([
      { value: 'Dana Alvarez', from: '2023-08-28', to: '2026-11-01' },
      { value: 'Sam Reyes', from: '2026-11-01', to: null },
    ]);
    // Values the file did not change keep one open value.
    expect(await history('P-B', 'tier')).toEqual([{ value: 'Gold', from: '2023-09-21', to: null }]);
  });

  it('an assessment as of a date reads the values valid then', async () => {
    expect((await factsOf('2026-12-05', 'P-A'))?.tier).toBe('Gold');
    expect((await factsOf('2026-12-04', 'P-A'))?.tier).toBe('Platinum');
    expect((await factsOf('2026-10-14', 'P-B'))?.lifecycle).toBe('active');
    expect((await factsOf('2026-10-15', 'P-B'))?.lifecycle).toBe('retired');
    expect((await factsOf('2026-11-01', 'P-H'))?.executiveSponsor).toBe('COO');
    expect((await factsOf('2026-10-31', 'P-H'))?.executiveSponsor).toBeNull();
  });

  it('assessing and scoring 30 Sep give the same answer before and after the later import', async () => {
    expect(september).toBeDefined();
    // Records of later dates come in too: a November deal, a December activity.
    await importCsv(
      t.db,
      TEST_ORG,
      'opportunities',
      csvText(
        'opportunities.csv',
        'external_id,partner_external_id,name,amount,stage,created_on,closed_on,sourced_by_partner,registered\nO-LATE,P-A,Late deal,90000,won,2026-11-02,2026-11-20,true,true\n',
      ),
    );
    await importCsv(
      t.db,
      TEST_ORG,
      'activities',
      csvText(
        'activities.csv',
        'external_id,partner_external_id,kind,occurred_on\nA-LATE,P-B,portal_login,2026-12-01\n',
      ),
    );
    expect(await assessedAs('2026-09-30')).toBe(september);
    expect(
      JSON.stringify(await scorePartnersUseCase(t.db, systemCaller(TEST_ORG), { asOf: '2026-09-30' })),
    ).toBe(readinessSeptember);
    // The present is the new values: P-B is retired and out of scope.
    const now = JSON.parse((await assessedAs('2026-12-05'))!);
    expect(now.performance.partners.map((p: { externalId: string }) => p.externalId)).not.toContain('P-B');
    expect(
      now.performance.partners.find((p: { externalId: string }) => p.externalId === 'P-A').programTier,
    ).toBe('Gold');
  });

  it('importing the same file again writes no history; a change on the same day corrects the value', async () => {
    const count = async () =>
      (
        await t.db.query<{ n: number }>(
          'select count(*)::int as n from partner_attribute_history where org_id = $1',
          [TEST_ORG],
        )
      )[0]!.n;
    const before = await count();
    const same = edited({
      'P-A': { tier: 'Gold' },
      'P-B': { lifecycle: 'retired' },
      'P-H': { executive_sponsor: 'COO', owner: 'Sam Reyes' },
    });
    expect((await importCsv(t.db, TEST_ORG, 'partners', same, { importDate: '2026-12-06' })).updated).toBe(0);
    expect(await count()).toBe(before);
    await importCsv(
      t.db,
      TEST_ORG,
      'partners',
      edited({
        'P-A': { tier: 'Silver' },
        'P-B': { lifecycle: 'retired' },
        'P-H': { executive_sponsor: 'COO', owner: 'Sam Reyes' },
      }),
      {
        importDate: '2026-12-05',
      },
    );
    expect(await history('P-A', 'tier')).toEqual([
      { value: 'Platinum', from: '2023-10-10', to: '2026-12-05' },
      { value: 'Silver', from: '2026-12-05', to: null },
    ]);
  });

  it('refuses a date in the future or one that would rewrite an earlier value, naming the row; writes nothing', async () => {
    const rejected = async (changes: Record<string, Record<string, string>>) => {
      const e = await importCsv(t.db, TEST_ORG, 'partners', edited(changes), {
        importDate: '2026-12-05',
      }).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(AppError);
      return e as AppError;
    };
    const future = await rejected({ 'P-C': { tier: 'Platinum', valid_from: '2027-01-01' } });
    expect(future.code).toBe('IMPORT_REJECTED');
    expect(future.issues).toEqual([
      expect.objectContaining({
        line: 4,
        column: 'valid_from',
        value: '2027-01-01',
        reason: expect.stringContaining("after the import's date 2026-12-05"),
      }),
    ]);
    const rewrite = await rejected({ 'P-A': { tier: 'Platinum', valid_from: '2026-11-30' } });
    expect(rewrite.issues[0]).toMatchObject({
      line: 2,
      reason: expect.stringContaining("before the current program tier's start (2026-12-05)"),
    });
    expect((await history('P-C', 'tier')).map((h) => h.value)).toEqual(['Gold']);
    expect((await history('P-A', 'tier')).at(-1)?.value).toBe('Silver');
  });
});
