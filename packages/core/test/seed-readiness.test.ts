/**
 * Partner readiness on the seed example, on the test engine: two quarterly scorings, then the
 * tiers, gates, grace period, next-tier needs and remediation the example was built to show.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ReadinessReport, readinessReportSchema } from '@trellis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCaller } from '../src/app/accounts/caller.ts';
import { renderReadinessDocument } from '../src/app/documents/readiness-document.ts';
import { importSourcesUseCase } from '../src/app/imports/import-sources.ts';
import { scorePartnersUseCase, scoringContext } from '../src/app/readiness/score-partners.ts';
import { simulateTierPolicyUseCase } from '../src/app/readiness/simulate-tier-policy.ts';
import { listRemediation, updateRemediation } from '../src/db/queries/save-readiness.ts';
import { EXAMPLE_DIR, readExampleDirectory } from '../src/files/example-directory.ts';
import { readTierPolicyFile } from '../src/files/framework-file.ts';
import { openTestDatabase, TEST_ORG, type TestDatabase } from './support/test-database.ts';

let t: TestDatabase;
let june: ReadinessReport;
let r: ReadinessReport;
const partner = (id: string) => r.partners.find((p) => p.externalId === id)!;

beforeAll(async () => {
  t = await openTestDatabase();
  await importSourcesUseCase(t.db, systemCaller(TEST_ORG), {
    sources: (await readExampleDirectory()).sources,
  });
  june = await scorePartnersUseCase(t.db, systemCaller(TEST_ORG), { asOf: '2026-06-30' });
  r = await scorePartnersUseCase(t.db, systemCaller(TEST_ORG), { asOf: '2026-09-30' });
});
afterAll(() => t?.dispose());

describe('seed example: partner readiness', () => {
  it('reports a valid contract, and every tier occurs', () => {
    readinessReportSchema.parse(r);
    expect(r.summary.tierDistribution).toEqual({ platinum: 1, gold: 2, silver: 3, bronze: 3, none: 16 });
    expect(Object.fromEntries(r.partners.filter((p) => p.tier).map((p) => [p.externalId, p.tier]))).toEqual({
      'P-A': 'platinum',
      'P-B': 'gold',
      'P-C': 'silver',
      'P-D': 'bronze',
      'P-I': 'gold',
      'P-J': 'silver',
      'P-K': 'silver',
      'P-L': 'bronze',
      'P-M': 'bronze',
    });
  });

  it('C is held back at Silver by the references gate although its composite reaches Gold', () => {
    const c = partner('P-C');
    expect(c).toMatchObject({ tier: 'silver', earned: 'silver' });
    expect(c.nextTier!.tier).toBe('gold');
    expect(c.nextTier!.composite).toBeGreaterThanOrEqual(60);
    expect(c.nextTier!.needs).toEqual(['one more verified customer reference (within 545 days)']);
    // The same need, structured: Gold asks 2 references within 545 days (tier policy v1); C has
    // one verified reference (R-C-1, 2026-04-01) in that window.
    expect(c.nextTier!.items).toEqual([
      {
        kind: 'references',
        role: null,
        competencies: [],
        count: 1,
        current: 1,
        required: 2,
        level: null,
        openDemand: false,
        withinDays: 545,
        component: null,
        text: 'one more verified customer reference (within 545 days)',
      },
    ]);
  });

  it('every structured need says where the partner stands and what is required, in its own measure', () => {
    const items = r.partners.flatMap((p) => p.nextTier?.items ?? []);
    expect(items.length).toBeGreaterThan(5);
    for (const n of items) {
      if (n.kind === 'headcount') expect(n.required! - n.current!).toBe(n.count);
      if (n.kind === 'references') expect(n.required! - n.current!).toBe(n.count);
      if (n.kind === 'competency') expect(n.current === null || n.current < n.required!).toBe(true);
      if (n.kind === 'composite') expect(n.current!).toBeLessThan(n.required!);
    }
    // Each partner's items are its sentences, in order.
    for (const p of r.partners)
      if (p.nextTier) expect(p.nextTier.items!.map((n) => n.text)).toEqual(p.nextTier.needs);
  });

  it('the readiness document: one row per partner, names not ids, rounded figures, no repeated sections', () => {
    const md = renderReadinessDocument({ report: r, org: 'Acme' }, 'md');
    const every = md.slice(md.indexOf('## Every partner'));
    const rows = every.split('\n').filter((l) => /^\| Partner \w+ _P-/.test(l));
    expect(rows).toHaveLength(r.partners.length);
    // Both tiers named apart; the partners to review listed with both.
    expect(md).toContain('| Partner | Readiness tier | Program tier |');
    expect(md).toContain('## Whose program tier is above what they are ready for?');
    expect(md).toContain(
      '| Partner X _P-X_ | Gold | no tier | Gold in the program, not ready for any tier — review |',
    );
    expect(md).not.toMatch(/^###/m);
    // Competencies by name ("Discovery and qualification"), never by id ("sales.discovery").
    expect(md).not.toMatch(/\b(sales|solutions|implementation|admin)\.[a-z-]+/);
    expect(md).toContain('Sales competencies below the next tier');
    expect(md).not.toMatch(/\d\.\d{3,}/);
    expect(md).toContain('Partner I _P-I_ | Gold _(grace: earns Silver, 1 scoring left)_ | Silver |');
  });

  it('I keeps Gold in its grace period after a reference aged out of the 545-day window', () => {
    expect(june.partners.find((p) => p.externalId === 'P-I')).toMatchObject({ tier: 'gold', earned: 'gold' });
    const i = partner('P-I');
    expect(i).toMatchObject({ tier: 'gold', earned: 'silver', change: 'grace', graceLeft: 1 });
    expect(i.gates.find((g) => g.gate === 'references')).toMatchObject({ passed: false });
    expect(r.summary.inGrace).toBe(1);
  });

  it('A is promoted to Platinum with every gate passed; expired evidence leaves H without a tier', () => {
    const a = partner('P-A');
    expect(a).toMatchObject({ tier: 'platinum', change: 'promoted', nextTier: null });
    expect(a.gates.every((g) => g.passed)).toBe(true);
    expect(a.composite).toBeGreaterThan(95);
    expect(partner('P-H')).toMatchObject({ tier: null, skills: 0 });
  });

  it('components stay in [0, 1], composites in [0, 100], and zero components give zero', () => {
    for (const p of r.partners) {
      for (const c of [p.skills, p.capacity, p.outcomes]) expect(c).toBeGreaterThanOrEqual(0);
      expect(p.composite).toBeLessThanOrEqual(100);
      if (p.skills === 0 || p.capacity === 0) expect(p.composite).toBe(0);
    }
  });

  it('gaps become remediation items; closed gaps close their items; items can be updated', async () => {
    // A's June gap (a third reference within 365 days) closed by September.
    const items = await listRemediation(t.db, TEST_ORG);
    const aRefs = items.find((x) => x.partner === 'P-A' && x.gapKind === 'references')!;
    expect(aRefs).toMatchObject({ status: 'done', closedOn: '2026-09-30', openedOn: '2026-06-30' });
    const cRefs = items.find((x) => x.partner === 'P-C' && x.gapKind === 'references')!;
    expect(cRefs).toMatchObject({
      status: 'open',
      bucket: 'days60',
      dueOn: '2026-08-29',
      owner: 'Dana Alvarez',
    });
    const rem = r.summary.remediation!;
    expect(rem.done).toBeGreaterThan(0);
    expect(rem.gapClosureRate).toBeCloseTo(rem.done / (rem.done + rem.open + rem.inProgress), 4);
    const updated = await updateRemediation(
      t.db,
      TEST_ORG,
      cRefs.id,
      { status: 'in_progress', mentor: 'Ana Ruiz' },
      '2026-10-01',
    );
    expect(updated).toMatchObject({ status: 'in_progress', mentor: 'Ana Ruiz', closedOn: null });
    expect(await updateRemediation(t.db, TEST_ORG, 999_999, { status: 'done' }, '2026-10-01')).toBeNull();
  });

  it('tiers simulate lists who would move under a candidate policy, and why, writing nothing', async () => {
    const before = await t.db.query('select count(*)::int as n from tier_history');
    const sim = await simulateTierPolicyUseCase(t.db, systemCaller(TEST_ORG), {
      asOf: '2026-09-30',
      current: scoringContext(),
      candidate: scoringContext(readTierPolicyFile(`${EXAMPLE_DIR}/policies/tier-policy-candidate.yaml`)),
    });
    expect(sim.moves.map((m) => [m.partner, m.from, m.to, m.direction, m.deferredByGrace])).toEqual([
      ['P-A', 'platinum', 'gold', 'down', false],
      ['P-C', 'silver', 'gold', 'up', false],
      ['P-I', 'silver', 'gold', 'up', true],
    ]);
    expect(sim.moves[0]!.why[0]).toContain('composite 99.1 vs 99.5 required');
    expect(await t.db.query('select count(*)::int as n from tier_history')).toEqual(before);
  });

  it('names both tiers and flags a program tier above the readiness tier for review', () => {
    // From partners.csv: the program tier each partner has in the CRM, against what the data earns.
    const program = Object.fromEntries(
      readFileSync(join(EXAMPLE_DIR, 'partners.csv'), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(','))
        .map(([id, , , tier]) => [id, tier || null]),
    );
    for (const p of r.partners) expect(p.programTier).toBe(program[p.externalId]);
    const flagged = r.partners.filter((p) => p.tierReview).map((p) => [p.externalId, p.programTier, p.tier]);
    expect(flagged).toEqual([
      ['P-C', 'Gold', 'silver'],
      ['P-H', 'Gold', null],
      ['P-L', 'Silver', 'bronze'],
      ['P-M', 'Silver', 'bronze'],
      ['P-N', 'Bronze', null],
      ['P-O', 'Bronze', null],
      ['P-X', 'Gold', null],
    ]);
    expect(r.summary.programAboveReadiness).toBe(flagged.length);
    // A, Platinum in both, is not flagged; I (Silver in the program, Gold by the data) neither.
    expect(partner('P-A').tierReview).toBe(false);
    expect(partner('P-I').tierReview).toBe(false);
  });

  it('scoring an earlier date writes history only: remediation, current tiers and the audit log of today stay', async () => {
    const items = JSON.stringify(await listRemediation(t.db, TEST_ORG));
    const audit = () =>
      t.db.query<{ id: string; action: string; entityId: string; after: { history: boolean } }>(
        `select id, action, entity_id as "entityId", after from audit_log where org_id = $1`,
        [TEST_ORG],
      );
    const since = async (before: { id: string }[]) => {
      const seen = new Set(before.map((a) => a.id));
      return (await audit()).filter((a) => !seen.has(a.id));
    };
    const auditBefore = await audit();
    const current = await latestTiers();
    // June was scored before September; scoring it again (it is now the past) must not reopen
    // A's references item (done since September) nor log tier changes.
    const again = await scorePartnersUseCase(t.db, systemCaller(TEST_ORG), { asOf: '2026-06-30' });
    expect(again.summary.remediation).toBeNull();
    expect(again.partners.every((p) => p.remediation.length === 0)).toBe(true);
    expect(again.summary.tierDistribution).toEqual(june.summary.tierDistribution);
    expect(JSON.stringify(await listRemediation(t.db, TEST_ORG))).toBe(items);
    expect(await latestTiers()).toEqual(current);
    const added = await since(auditBefore);
    expect(added.map((a) => [a.action, a.entityId, a.after.history])).toEqual([
      ['readiness.score', '2026-06-30', true],
    ]);
    // The latest date again is today's state: it reconciles (nothing changes) and is logged as such.
    const auditAfterJune = await audit();
    await scorePartnersUseCase(t.db, systemCaller(TEST_ORG), { asOf: '2026-09-30' });
    expect(JSON.stringify(await listRemediation(t.db, TEST_ORG))).toBe(items);
    const latest = await since(auditAfterJune);
    expect(latest.map((a) => [a.action, a.after.history])).toContainEqual(['readiness.score', false]);
  });
});

/** Every partner's tier in effect at the org's latest scoring, as the partner pages read it. */
const latestTiers = () =>
  t.db.query(
    `select p.external_id, h.effective from tier_history h join partners p on p.org_id = h.org_id and p.id = h.partner_id
     where h.org_id = $1 and h.as_of = (select max(as_of) from readiness_scorings where org_id = $1) order by 1`,
    [TEST_ORG],
  );
