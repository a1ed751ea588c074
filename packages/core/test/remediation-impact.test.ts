/**
 * Impact over time on the seed example: partners who went through remediation against those who
 * did not, read from the same windows as the program's comparison — the cohorts add up to it, and
 * a partner counts as remediated only for items opened by the earlier date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCaller } from '../src/app/accounts/caller.ts';
import { compareOutcomesUseCase } from '../src/app/history/compare-outcomes.ts';
import { compareRemediationImpactUseCase } from '../src/app/history/compare-remediation-impact.ts';
import { importSourcesUseCase } from '../src/app/imports/import-sources.ts';
import { scorePartnersUseCase } from '../src/app/readiness/score-partners.ts';
import { listRemediation } from '../src/db/queries/save-readiness.ts';
import { readExampleDirectory } from '../src/files/example-directory.ts';
import { csvText } from '../src/importers/csv-source.ts';
import { openTestDatabase, TEST_ORG, type TestDatabase } from './support/test-database.ts';

let t: TestDatabase;
const caller = systemCaller(TEST_ORG);
// The example's projects go live from January to June 2026: a quarter against the next.
const q = { from: '2026-03-31', to: '2026-06-30', today: '2026-12-27' };

beforeAll(async () => {
  t = await openTestDatabase();
  await importSourcesUseCase(t.db, caller, { sources: (await readExampleDirectory()).sources });
  await scorePartnersUseCase(t.db, caller, { asOf: '2026-03-31' });
  // Every partner of the example with projects had gaps at the first scoring; P-T1 had none. Two
  // projects of P-T1, one in each window, give the "did not" cohort outcomes of its own.
  await importSourcesUseCase(t.db, caller, {
    sources: {
      projects: csvText(
        'extra-projects.csv',
        'external_id,partner_external_id,customer,started_on,planned_live_on,actual_live_on,csat,defects,renewed,expanded\n' +
          'J-T1-1,P-T1,Customer T1a,2025-12-01,2026-02-01,2026-02-10,7,0,true,false\n' +
          'J-T1-2,P-T1,Customer T1b,2026-03-01,2026-05-01,2026-05-10,8,0,true,true\n',
      ),
    },
  });
  await scorePartnersUseCase(t.db, caller, { asOf: '2026-06-30' });
});
afterAll(() => t?.dispose());

describe('remediation impact on the example', () => {
  it('splits the program into the remediated and the others, adding up to it', async () => {
    const program = await compareOutcomesUseCase(t.db, caller, q);
    const impact = await compareRemediationImpactUseCase(t.db, caller, q);
    expect(impact.windowDays).toBe(program.windowDays);
    for (const side of ['before', 'after'] as const) {
      expect(impact.remediated[side].projects + impact.others[side].projects).toBe(program[side].projects);
      expect(impact.remediated[side].csatN + impact.others[side].csatN).toBe(program[side].csatN);
    }
    expect(program.after.projects).toBeGreaterThan(0);
  });

  it('counts as remediated exactly the partners with an item opened by the earlier date', async () => {
    const items = await listRemediation(t.db, TEST_ORG);
    const opened = new Set(items.filter((i) => i.openedOn <= q.from).map((i) => i.partner));
    expect(opened.size).toBeGreaterThan(0);
    const impact = await compareRemediationImpactUseCase(t.db, caller, q);
    const inWindows = new Set(
      [
        ...(await compareOutcomesUseCase(t.db, caller, q)).before.byPartner,
        ...(await compareOutcomesUseCase(t.db, caller, q)).after.byPartner,
      ]
        .filter((p) => p.projects > 0)
        .map((p) => p.externalId),
    );
    expect(impact.remediated.partners).toBe([...inWindows].filter((p) => opened.has(p)).length);
    // Both cohorts hold partners with projects: the split is not trivial on the example.
    expect(impact.remediated.partners).toBeGreaterThan(0);
    expect(impact.others.partners).toBeGreaterThan(0);
    // A day earlier, no item had been opened yet: nobody had gone through remediation.
    const earlier = await compareRemediationImpactUseCase(t.db, caller, { ...q, from: '2026-03-30' });
    expect(earlier.remediated.before.projects + earlier.remediated.after.projects).toBe(0);
    expect(earlier.statement).toContain('partners who did not');
  });

  it('refuses a "from" after "to", naming the field', async () => {
    await expect(
      compareRemediationImpactUseCase(t.db, caller, { ...q, from: '2027-01-01' }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ field: 'query.from', reason: 'must be before to' }],
    });
  });
});
