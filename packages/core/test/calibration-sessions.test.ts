/**
 * Calibration sessions on the seed example, on the test engine: three assessors rate six
 * evaluations' evidence blind; the results exist only once the session is closed and are
 * `calibrationResult` over the stored ratings (the statistics themselves are checked against
 * published values in src/domain/calibration); every refusal names its reason and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../src/app/accounts/caller.ts';
import { systemCaller } from '../src/app/accounts/caller.ts';
import type { Role } from '../src/app/accounts/roles.ts';
import { calibrationSessionResultsUseCase } from '../src/app/calibration/calibration-session-results.ts';
import { closeCalibrationSessionUseCase } from '../src/app/calibration/close-calibration-session.ts';
import { createCalibrationSessionUseCase } from '../src/app/calibration/create-calibration-session.ts';
import { getCalibrationSessionUseCase } from '../src/app/calibration/get-calibration-session.ts';
import { listCalibrationSessionsUseCase } from '../src/app/calibration/list-calibration-sessions.ts';
import { listUnitsToRateUseCase } from '../src/app/calibration/list-units-to-rate.ts';
import { submitCalibrationRatingUseCase } from '../src/app/calibration/submit-calibration-rating.ts';
import { importSourcesUseCase } from '../src/app/imports/import-sources.ts';
import { upsertMembership } from '../src/db/queries/accounts/members.ts';
import { insertUser } from '../src/db/queries/accounts/users.ts';
import type { Database } from '../src/db/sql-client.ts';
import { calibrationResult } from '../src/domain/calibration/calibration-result.ts';
import type { Rating } from '../src/domain/calibration/rating.ts';
import { AppError } from '../src/errors.ts';
import { readExampleDirectory } from '../src/files/example-directory.ts';
import { openTestDatabase, TEST_ORG, type TestDatabase } from './support/test-database.ts';

let t: TestDatabase;
let db: Database;
const who: Record<string, Caller> = {};
const manager = () => who.pm!;

const member = async (name: string, role: Role): Promise<Caller> => {
  const u = await insertUser(t.db, { email: `${name}@example.test`, name, passwordHash: 'x' });
  await upsertMembership(t.db, { orgId: TEST_ORG, userId: u.id, role, partnerId: null });
  return { orgId: TEST_ORG, role, userId: u.id, label: u.email };
};

/** Six evaluations of two competencies, by their stored levels in the seed example. */
const UNITS = ['E-A-1-1', 'E-A-1-2', 'E-B-1-1', 'E-B-1-2', 'E-C-1-1', 'E-C-1-2'];
/** Each assessor's levels for UNITS (a3 leaves the last unit unrated: missing ratings are allowed). */
const LEVELS: Record<string, (number | null)[]> = {
  a1: [3, 2, 4, 1, 2, 3],
  a2: [3, 3, 4, 1, 2, 4],
  a3: [2, 2, 3, 2, 2, null],
};

beforeAll(async () => {
  t = await openTestDatabase();
  db = t.db.forOrg(TEST_ORG);
  await importSourcesUseCase(t.db, systemCaller(TEST_ORG), {
    sources: (await readExampleDirectory()).sources,
  });
  for (const [name, role] of [
    ['a1', 'assessor'],
    ['a2', 'assessor'],
    ['a3', 'assessor'],
    ['outsider', 'assessor'],
    ['pm', 'program_manager'],
    ['viewer', 'viewer'],
  ] as const)
    who[name] = await member(name, role);
});
afterAll(() => t?.dispose());

/** What must not move when a request is refused. */
const footprint = async () =>
  (
    await db.query<{ log: number; sessions: string | null; ratings: number; units: number }>(
      `select (select count(*)::int from audit_log where org_id = $1) as log,
              (select string_agg(number || ':' || status, ',' order by number) from calibration_sessions where org_id = $1) as sessions,
              (select count(*)::int from calibration_ratings where org_id = $1) as ratings,
              (select count(*)::int from calibration_units where org_id = $1) as units`,
      [TEST_ORG],
    )
  )[0]!;

/** The refusal of `p`, checked to leave the database as it was. */
const refused = async (p: () => Promise<unknown>) => {
  const before = await footprint();
  const e = await p().catch((x: unknown) => x);
  expect(e).toBeInstanceOf(AppError);
  expect(await footprint()).toEqual(before);
  return e as AppError;
};

const raterIds = () => [who.a1!.userId!, who.a2!.userId!, who.a3!.userId!];

describe('calibration sessions', () => {
  it('refuses unknown evaluations and raters who are not assessors of the org, each named', async () => {
    const e = await refused(() =>
      createCalibrationSessionUseCase(db, manager(), {
        name: 'Q1',
        evaluations: ['E-A-1-1', 'E-NOPE'],
        raters: [who.a1!.userId!, who.viewer!.userId!, '00000000-0000-4000-8000-000000000000'],
        seed: 1,
      }),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toEqual([
      { field: 'evaluations.1', value: 'E-NOPE', reason: 'no such evaluation in this org' },
      {
        field: 'raters.1',
        value: who.viewer!.userId,
        reason: expect.stringMatching(/a viewer does not rate/),
      },
      {
        field: 'raters.2',
        value: '00000000-0000-4000-8000-000000000000',
        reason: 'not a member of this org',
      },
    ]);
    const one = await refused(() =>
      createCalibrationSessionUseCase(db, manager(), {
        name: 'Q1',
        evaluations: ['E-A-1-1'],
        raters: [raterIds()[0]!],
        seed: 1,
      }),
    );
    expect(one.issues).toEqual([{ field: 'raters', reason: expect.stringMatching(/at least two raters/) }]);
  });

  it('opens a session; an assessor lists only the sessions they rate', async () => {
    const s = await createCalibrationSessionUseCase(db, manager(), {
      name: 'Q1 calibration',
      evaluations: UNITS,
      raters: raterIds(),
      seed: 20260331,
    });
    expect(s).toMatchObject({ number: 1, level: 'ordinal', status: 'open', seed: 20260331, closedAt: null });
    expect((await listCalibrationSessionsUseCase(db, who.a1!)).map((x) => x.number)).toEqual([1]);
    expect(await listCalibrationSessionsUseCase(db, who.outsider!)).toEqual([]);
    expect(await listCalibrationSessionsUseCase(db, who.viewer!)).toMatchObject([
      { number: 1, units: 6, raters: 3 },
    ]);
    const g = await getCalibrationSessionUseCase(db, who.a2!, { session: 1 });
    expect(g.raters.map((r) => r.email).sort()).toEqual([
      'a1@example.test',
      'a2@example.test',
      'a3@example.test',
    ]);
    expect((await refused(() => getCalibrationSessionUseCase(db, who.outsider!, { session: 1 }))).code).toBe(
      'NOT_FOUND',
    );
  });

  it('shows a rater the artifact, never the stored level nor another rater’s rating', async () => {
    await submitCalibrationRatingUseCase(db, who.a2!, { session: 1, unit: UNITS[0]!, value: 3 });
    const { units } = await listUnitsToRateUseCase(db, who.a1!, { session: 1 });
    expect(units.map((u) => u.unit)).toEqual(UNITS);
    const first = units[0]!;
    expect(Object.keys(first).sort()).toEqual(
      [
        'competency',
        'competencyName',
        'evidence',
        'levels',
        'myRating',
        'partner',
        'person',
        'rubricVersion',
        'unit',
      ].sort(),
    );
    expect(first).toMatchObject({
      competency: 'sales.discovery',
      partner: { id: 'P-A' },
      person: { id: 'P-A-R1' },
    });
    expect(first.myRating).toBeNull();
    expect(first.levels.map((l) => l.level)).toEqual([1, 2, 3, 4]);
    expect(first.levels[0]!.descriptor).toBe('asks scripted discovery questions');
    // a2's own view carries a2's rating only.
    const mine = await listUnitsToRateUseCase(db, who.a2!, { session: 1 });
    expect(mine.units[0]!.myRating).toMatchObject({ value: 3 });
    expect(first.partner).toEqual({ id: 'P-A', name: expect.any(String) });
    expect(Object.keys(first.person).sort()).toEqual(['id', 'name', 'role']);
    for (const e of units.flatMap((u) => u.evidence))
      expect(Object.keys(e).sort()).toEqual(['artifactType', 'id', 'sha256', 'uri']);
    expect(units.some((u) => u.evidence.length > 0)).toBe(true);
    // The evaluation's assessor is not shown either (Bea Novak scored E-A-1-1).
    expect(JSON.stringify(units)).not.toMatch(/Bea Novak|Ari Stone/);
    expect((await refused(() => listUnitsToRateUseCase(db, who.outsider!, { session: 1 }))).code).toBe(
      'NOT_FOUND',
    );
    // A manager who does not rate the session sees it, with nothing to rate.
    expect((await listUnitsToRateUseCase(db, manager(), { session: 1 })).units).toEqual([]);
  });

  it('refuses a second rating, a level outside the rubric, a non-rater and a unit not in the session', async () => {
    const twice = await refused(() =>
      submitCalibrationRatingUseCase(db, who.a2!, { session: 1, unit: UNITS[0]!, value: 2 }),
    );
    expect([twice.code, twice.message]).toEqual([
      'CONFLICT',
      'You have already rated unit E-A-1-1 in calibration session #1: a rating is given once',
    ]);
    const level = await refused(() =>
      submitCalibrationRatingUseCase(db, who.a1!, { session: 1, unit: UNITS[0]!, value: 5 }),
    );
    expect([level.code, level.issues]).toEqual([
      'INVALID_INPUT',
      [{ field: 'value', value: '5', reason: 'not a level of the rubric v1: choose one of 1, 2, 3, 4' }],
    ]);
    expect(
      (
        await refused(() =>
          submitCalibrationRatingUseCase(db, who.outsider!, { session: 1, unit: UNITS[0]!, value: 2 }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await refused(() =>
          submitCalibrationRatingUseCase(db, manager(), { session: 1, unit: UNITS[0]!, value: 2 }),
        )
      ).code,
    ).toBe('FORBIDDEN');
    const unit = await refused(() =>
      submitCalibrationRatingUseCase(db, who.a1!, { session: 1, unit: 'E-D-1-1', value: 2 }),
    );
    expect([unit.code, unit.message]).toEqual(['NOT_FOUND', 'No unit E-D-1-1 in calibration session #1']);
  });

  it('has no results while open; closes once; takes no rating once closed', async () => {
    for (const [name, levels] of Object.entries(LEVELS))
      for (const [i, value] of levels.entries())
        if (value !== null && !(name === 'a2' && i === 0))
          await submitCalibrationRatingUseCase(db, who[name]!, { session: 1, unit: UNITS[i]!, value });
    const open = await refused(() => calibrationSessionResultsUseCase(db, manager(), { session: 1 }));
    expect([open.code, open.message]).toEqual([
      'CONFLICT',
      'Calibration session #1 is still open: its results are shown once it is closed',
    ]);
    const closed = await closeCalibrationSessionUseCase(db, manager(), { session: 1 });
    expect(closed).toMatchObject({ status: 'closed', closedBy: 'pm@example.test' });
    const again = await refused(() => closeCalibrationSessionUseCase(db, manager(), { session: 1 }));
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toMatch(/^Calibration session #1 is closed already/);
    const late = await refused(() =>
      submitCalibrationRatingUseCase(db, who.a3!, { session: 1, unit: UNITS[5]!, value: 3 }),
    );
    expect([late.code, late.message]).toEqual([
      'CONFLICT',
      'Calibration session #1 is closed: it takes no more ratings',
    ]);
    const log = await db.query<{ action: string; n: number }>(
      `select action, count(*)::int as n from audit_log where org_id = $1 and entity = 'calibration-session'
       group by action order by action`,
      [TEST_ORG],
    );
    expect(log).toEqual([
      { action: 'calibration.close', n: 1 },
      { action: 'calibration.create', n: 1 },
      { action: 'calibration.rate', n: 17 },
    ]);
    // The log keeps ratings blind too: who rated which unit, never the value.
    const [entry] = await db.query<{ after: Record<string, unknown> }>(
      `select after from audit_log where org_id = $1 and action = 'calibration.rate' limit 1`,
      [TEST_ORG],
    );
    expect(Object.keys(entry!.after).sort()).toEqual(['ratedAt', 'rater', 'unit']);
  });

  it('results: calibrationResult over the stored ratings, overall and per competency, with the stored seed', async () => {
    const r = await calibrationSessionResultsUseCase(db, who.viewer!, { session: 1 });
    // The ratings as the test gave them, keyed by the rater's user id.
    const given: (Rating & { competency: string })[] = Object.entries(LEVELS).flatMap(([name, levels]) =>
      levels.flatMap((value, i) =>
        value === null
          ? []
          : [
              {
                unit: UNITS[i]!,
                rater: who[name]!.userId!,
                value,
                competency: i % 2 ? 'sales.value-demo' : 'sales.discovery',
              },
            ],
      ),
    );
    const options = {
      level: 'ordinal' as const,
      bootstrap: { draws: 1000, confidence: 0.95, seed: 20260331 },
    };
    expect(r.overall).toEqual(calibrationResult(given, options));
    expect(r.overall.units).toBe(6);
    expect(r.overall.pairableValues).toBe(17);
    expect(r.overall.alpha).not.toBeNull();
    expect(r.overall.interval).toMatchObject({ seed: 20260331, draws: 1000 });
    expect(r.competencies.map((c) => c.competency)).toEqual(['sales.discovery', 'sales.value-demo']);
    for (const c of r.competencies)
      expect(c).toEqual({
        competency: c.competency,
        unitsRated: 3,
        ...calibrationResult(
          given.filter((g) => g.competency === c.competency),
          options,
        ),
      });
    // By hand: E-C-1-2 (3, 4) has range 1 and variance 1/4; E-A-1-1 (3, 3, 2), E-A-1-2 (2, 3, 2),
    // E-B-1-1 (4, 4, 3) and E-B-1-2 (1, 1, 2) range 1 and variance 2/9 (by name); E-C-1-1 (2, 2, 2) 0.
    expect(r.disagreement.map((u) => [u.unit, u.range, u.variance])).toEqual([
      ['E-C-1-2', 1, 0.25],
      ['E-A-1-1', 1, expect.closeTo(2 / 9, 12)],
      ['E-A-1-2', 1, expect.closeTo(2 / 9, 12)],
      ['E-B-1-1', 1, expect.closeTo(2 / 9, 12)],
      ['E-B-1-2', 1, expect.closeTo(2 / 9, 12)],
      ['E-C-1-1', 0, 0],
    ]);
    expect(r.disagreement[0]!.competency).toBe('sales.value-demo');
    expect(
      (await refused(() => calibrationSessionResultsUseCase(db, who.outsider!, { session: 1 }))).code,
    ).toBe('NOT_FOUND');
  });
});
