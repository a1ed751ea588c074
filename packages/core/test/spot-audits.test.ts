/**
 * Spot audits on the seed example, on the test engine: a draw of the first quarter of 2026 is
 * stored and reproducible; an overturn writes the evaluation's new level, re-scores readiness and
 * leaves its trace in the audit log; bad input is refused with a clear error and nothing written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCaller } from '../src/app/accounts/caller.ts';
import { importSourcesUseCase } from '../src/app/imports/import-sources.ts';
import { scorePartnersUseCase } from '../src/app/readiness/score-partners.ts';
import { drawSpotAuditUseCase } from '../src/app/spot-audits/draw-spot-audit.ts';
import { getSpotAuditUseCase } from '../src/app/spot-audits/get-spot-audit.ts';
import { listSpotAuditsUseCase } from '../src/app/spot-audits/list-spot-audits.ts';
import { recordAuditOutcomeUseCase } from '../src/app/spot-audits/record-audit-outcome.ts';
import { spotAuditResultsUseCase } from '../src/app/spot-audits/spot-audit-results.ts';
import type { Database } from '../src/db/sql-client.ts';
import { stratumQuota } from '../src/domain/audits/stratum-quota.ts';
import { AppError } from '../src/errors.ts';
import { readExampleDirectory } from '../src/files/example-directory.ts';
import { openTestDatabase, TEST_ORG, type TestDatabase } from './support/test-database.ts';

let t: TestDatabase;
let db: Database;
const caller = systemCaller(TEST_ORG, 'auditor@example.com');
/** The audit of the overturn test, where E-A-1-1 is upheld. */
let decided = 0;

beforeAll(async () => {
  t = await openTestDatabase();
  db = t.db.forOrg(TEST_ORG);
  await importSourcesUseCase(t.db, systemCaller(TEST_ORG), {
    sources: (await readExampleDirectory()).sources,
  });
  await scorePartnersUseCase(db, systemCaller(TEST_ORG), { asOf: '2026-03-31' });
  await scorePartnersUseCase(db, systemCaller(TEST_ORG), { asOf: '2026-06-30' });
});
afterAll(() => t?.dispose());

/** What must not move when a request is refused. */
const footprint = async () =>
  (
    await db.query<{ log: number; decided: number; levels: string }>(
      `select (select count(*)::int from audit_log where org_id = $1) as log,
              (select count(*)::int from spot_audit_items where org_id = $1 and outcome is not null) as decided,
              (select string_agg(external_id || ':' || level, ',' order by external_id) from evaluations where org_id = $1) as levels`,
      [TEST_ORG],
    )
  )[0]!;

const refusal = async (p: Promise<unknown>) => {
  const e = await p.catch((x: unknown) => x);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
};

describe('spot audits', () => {
  it('draws the quarter’s passing evaluations by tier × assessor, stores the draw and makes it again', async () => {
    const a = await drawSpotAuditUseCase(db, caller, { asOf: '2026-03-31', share: 0.25, seed: 20260331 });
    expect(a).toMatchObject({
      number: 1,
      asOf: '2026-03-31',
      quarterStart: '2026-01-01',
      share: 0.25,
      seed: 20260331,
    });
    // The population, counted independently of the draw: Q1 2026 evaluations at level ≥ 2, by the
    // tier in effect at the 2026-03-31 scoring × assessor.
    const population = await db.query<{ tier: string | null; assessor: string; n: number }>(
      `select h.effective as tier, e.assessor, count(*)::int as n
       from evaluations e left join tier_history h
         on h.org_id = e.org_id and h.partner_id = e.partner_id and h.as_of = '2026-03-31'
       where e.org_id = $1 and e.evaluated_on between '2026-01-01' and '2026-03-31' and e.level >= 2
       group by 1, 2`,
      [TEST_ORG],
    );
    const strata = a.strata.map((s) => ({ tier: s.tier, assessor: s.assessor, n: s.size }));
    expect(strata).toEqual(expect.arrayContaining(population));
    expect(strata.length).toBe(population.length);
    for (const s of a.strata) expect(s.drawn).toBe(stratumQuota(0.25, s.size));
    expect(a.items.length).toBe(a.strata.reduce((n, s) => n + s.drawn, 0));
    expect(a.items.every((i) => i.level >= 2 && i.outcome === null)).toBe(true);
    expect(a.items.map((i) => i.evaluation)).not.toContain('E-D-1-1'); // level 1: failed

    const again = await drawSpotAuditUseCase(db, caller, { asOf: '2026-03-31', share: 0.25, seed: 20260331 });
    expect(again.number).toBe(2);
    expect(again.items.map((i) => i.evaluation)).toEqual(a.items.map((i) => i.evaluation));
    const other = await drawSpotAuditUseCase(db, caller, { asOf: '2026-03-31', share: 0.25, seed: 7 });
    expect(other.items.map((i) => i.evaluation)).not.toEqual(a.items.map((i) => i.evaluation));

    const stored = await getSpotAuditUseCase(db, caller, { audit: 1 });
    const { strata: _, ...drawn } = a;
    expect(stored).toEqual(drawn);
    expect(stored).toMatchObject({ quarter: '2026-Q1', drawn: a.items.length, decided: 0, overturned: 0 });
    expect((await getSpotAuditUseCase(db, caller, { audit: 'latest' })).number).toBe(3);
    expect((await listSpotAuditsUseCase(db, caller)).map((x) => x.number)).toEqual([3, 2, 1]);
    const rates = await spotAuditResultsUseCase(db, caller, { audit: 1 });
    expect(rates.overall).toMatchObject({ n: a.items.length, audited: 0, rate: null });
    const [log] = await db.query<{ after: { seed: number } }>(
      `select after from audit_log where org_id = $1 and action = 'spot-audit.draw' and entity_id = '1'`,
      [TEST_ORG],
    );
    expect(log!.after.seed).toBe(20260331);
  });

  it('an overturn writes the new level, re-scores the partner and is in the audit log', async () => {
    // B's only solutions-architecture evaluation (level 3, 2026-03-16): Gold asks it at level 3.
    const audit = await drawSpotAuditUseCase(db, caller, { asOf: '2026-03-31', share: 1, seed: 1 });
    decided = audit.number;
    const r = await recordAuditOutcomeUseCase(db, caller, {
      audit: audit.number,
      evaluation: 'E-B-3-1',
      outcome: 'overturned',
      level: 1,
      reason: 'the design covers no security or integration constraint',
    });
    expect(r.item).toMatchObject({
      evaluation: 'E-B-3-1',
      partner: 'P-B',
      outcome: 'overturned',
      newLevel: 1,
    });
    expect(r.item.auditor).toBe('auditor@example.com');
    // Re-scored as of the org's latest scoring (2026-06-30), later than the audit's date.
    expect(r.rescored!.asOf).toBe('2026-06-30');
    expect(r.rescored!.before!.earned).toBe('gold');
    expect(r.rescored!.after!.composite).toBeLessThan(r.rescored!.before!.composite);
    const [ev] = await db.query<{ level: number }>(
      `select level from evaluations where org_id = $1 and external_id = 'E-B-3-1'`,
      [TEST_ORG],
    );
    expect(ev!.level).toBe(1);
    const log = await db.query<{ action: string; entity_id: string; before: unknown; after: unknown }>(
      `select action, entity_id, before, after from audit_log
       where org_id = $1 and action in ('spot-audit.decide', 'evaluation.overturn', 'readiness.score')
       order by action, entity_id`,
      [TEST_ORG],
    );
    expect(log.map((l) => `${l.action} ${l.entity_id}`)).toEqual([
      `evaluation.overturn E-B-3-1`,
      'readiness.score 2026-03-31',
      'readiness.score 2026-06-30', // the scoring of beforeAll
      'readiness.score 2026-06-30', // the re-scoring of the overturn
      `spot-audit.decide ${audit.number}`,
    ]);
    expect(log[0]).toMatchObject({ before: { level: 3 }, after: { level: 1, spotAudit: audit.number } });

    const up = await recordAuditOutcomeUseCase(db, caller, {
      audit: audit.number,
      evaluation: 'E-A-1-1',
      outcome: 'upheld',
    });
    expect(up).toMatchObject({ item: { outcome: 'upheld', newLevel: null }, rescored: null });
    const results = await spotAuditResultsUseCase(db, caller, { audit: audit.number });
    expect(results.overall).toMatchObject({ audited: 2, upheld: 1, overturned: 1, rate: 0.5 });
    expect(results.byCompetency.find((c) => c.key === 'solutions.architecture')).toMatchObject({
      audited: 1,
      overturned: 1,
      rate: 1,
    });
  });

  it('refuses deciding twice, a failed evaluation and a level outside the rubric, writing nothing', async () => {
    const before = await footprint();
    const twice = await refusal(
      recordAuditOutcomeUseCase(db, caller, {
        audit: decided,
        evaluation: 'E-A-1-1',
        outcome: 'overturned',
        level: 2,
        reason: 'x',
      }),
    );
    expect(twice).toMatchObject({
      code: 'CONFLICT',
      message: 'The evaluation E-A-1-1 was already decided (upheld); a decision is final',
    });
    const failed = await refusal(
      recordAuditOutcomeUseCase(db, caller, { audit: decided, evaluation: 'E-D-1-1', outcome: 'upheld' }),
    );
    expect(failed).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'The evaluation E-D-1-1 did not pass: only passing evaluations are audited',
    });
    const outside = await refusal(
      recordAuditOutcomeUseCase(db, caller, {
        audit: decided,
        evaluation: 'E-A-1-2',
        outcome: 'overturned',
        level: 5,
        reason: 'x',
      }),
    );
    expect(outside.code).toBe('INVALID_INPUT');
    expect(outside.issues).toEqual([
      { field: 'level', value: '5', reason: 'must be a level of the rubric: 1, 2, 3, 4' },
    ]);
    const noAudit = await refusal(
      recordAuditOutcomeUseCase(db, caller, { audit: 99, evaluation: 'E-A-1-2', outcome: 'upheld' }),
    );
    expect(noAudit).toMatchObject({ code: 'NOT_FOUND', message: 'No spot audit #99' });
    const share = await refusal(drawSpotAuditUseCase(db, caller, { asOf: '2026-03-31', share: 0, seed: 1 }));
    expect(share).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ field: 'share', reason: 'must be above 0' }],
    });
    const empty = await refusal(
      drawSpotAuditUseCase(db, caller, { asOf: '2025-06-30', share: 0.5, seed: 1 }),
    );
    expect(empty.message).toBe('No passing evaluation is dated from 2025-04-01 to 2025-06-30');
    expect(await footprint()).toEqual(before);
  });

  it('"latest" is the latest as-of date: an audit of an earlier date drawn afterwards is not it', async () => {
    const latest = (await getSpotAuditUseCase(db, caller, { audit: 'latest' })).number;
    const earlier = await drawSpotAuditUseCase(db, caller, { asOf: '2026-03-30', share: 0.25, seed: 1 });
    expect(earlier.number).toBeGreaterThan(latest);
    expect((await getSpotAuditUseCase(db, caller, { audit: 'latest' })).number).toBe(latest);
    expect((await listSpotAuditsUseCase(db, caller))[0]!.number).toBe(latest);
  });
});
