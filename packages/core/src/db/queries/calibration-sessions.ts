/**
 * Calibration sessions (docs/governance.md, "Calibration sessions"): the sessions, their units and
 * raters, the ratings given blind, the close. What a rater is shown of a unit never carries the
 * evaluation's stored level nor another rater's rating: those columns are not selected here.
 */
import type {
  calibrationRaters,
  calibrationRatings,
  calibrationSessions,
  calibrationUnits,
  evaluations,
  partnerPeople,
  partners,
  users,
} from '../schema.ts';
import type { SqlClient } from '../sql-client.ts';
import { lockOrgCounter } from './save-readiness.ts';

export type CalibrationSessionRow = Omit<typeof calibrationSessions.$inferSelect, 'orgId'>;
/** A session in a list, with its size and progress (counted in the statement). */
export type CalibrationSessionSummary = CalibrationSessionRow & {
  units: number;
  raters: number;
  ratings: number;
  /** The caller's own rated units; null when the caller is not a rater. */
  myRated: number | null;
};

type UnitColumns = Pick<typeof calibrationUnits.$inferSelect, 'unit' | 'competency' | 'rubricVersion'>;
export type ChosenEvaluation = Pick<
  typeof evaluations.$inferSelect,
  'id' | 'externalId' | 'competency' | 'rubricVersion'
>;

const SESSION_COLUMNS = `s.number, s.name, s.level, s.status, s.seed, s.created_by as "createdBy",
  s.created_at as "createdAt", s.closed_by as "closedBy", s.closed_at as "closedAt"`;

/** The org's evaluations among `externalIds` (those not returned are unknown). */
export const evaluationsByExternalId = (
  db: SqlClient,
  orgId: string,
  externalIds: readonly string[],
): Promise<ChosenEvaluation[]> =>
  db.query<ChosenEvaluation>(
    `select id, external_id as "externalId", competency, rubric_version as "rubricVersion"
     from evaluations where org_id = $1 and external_id = any($2::text[])`,
    [orgId, externalIds],
  );

/** Stores a session under the org's next number (max + 1), with its units and raters. */
export const insertCalibrationSession = async (
  tx: SqlClient,
  orgId: string,
  s: Pick<CalibrationSessionRow, 'name' | 'level' | 'seed' | 'createdBy'>,
  units: readonly ChosenEvaluation[],
  raters: readonly string[],
): Promise<CalibrationSessionRow> => {
  await lockOrgCounter(tx, orgId, 'calibration-session');
  const [session] = await tx.query<CalibrationSessionRow>(
    `with s as (
       insert into calibration_sessions (org_id, number, name, level, seed, created_by)
       select $1, coalesce(max(number), 0) + 1, $2, $3, $4, $5 from calibration_sessions where org_id = $1
       returning *)
     select ${SESSION_COLUMNS} from s`,
    [orgId, s.name, s.level, s.seed, s.createdBy],
  );
  await tx.query(
    `insert into calibration_units (org_id, session_number, unit, evaluation_id, competency, rubric_version)
     select $1, $2, x.unit, x.evaluation_id, x.competency, x.rubric_version
     from unnest($3::text[], $4::int[], $5::text[], $6::text[]) as x(unit, evaluation_id, competency, rubric_version)`,
    [
      orgId,
      session!.number,
      units.map((u) => u.externalId),
      units.map((u) => u.id),
      units.map((u) => u.competency),
      units.map((u) => u.rubricVersion),
    ],
  );
  await tx.query(
    `insert into calibration_raters (org_id, session_number, user_id)
     select $1, $2, x.user_id from unnest($3::uuid[]) as x(user_id)`,
    [orgId, session!.number, raters],
  );
  return session!;
};

/** One session; `lock` holds it (for update) so a rating and the close are taken one after the other. */
export const calibrationSessionOf = async (
  db: SqlClient,
  orgId: string,
  number: number,
  lock = false,
): Promise<CalibrationSessionRow | undefined> =>
  (
    await db.query<CalibrationSessionRow>(
      `select ${SESSION_COLUMNS} from calibration_sessions s where s.org_id = $1 and s.number = $2
       ${lock ? 'for update' : ''}`,
      [orgId, number],
    )
  )[0];

/**
 * The org's sessions, newest first, with counts; `rater` given: only the sessions that user rates.
 * `me`: the caller's user id, for their own progress (`myRated`: null where they are no rater).
 */
export const listCalibrationSessions = (
  db: SqlClient,
  orgId: string,
  rater: string | null,
  me: string | null,
): Promise<CalibrationSessionSummary[]> =>
  db.query<CalibrationSessionSummary>(
    `select ${SESSION_COLUMNS},
       (select count(*)::int from calibration_units u where u.org_id = s.org_id and u.session_number = s.number) as units,
       (select count(*)::int from calibration_raters r where r.org_id = s.org_id and r.session_number = s.number) as raters,
       (select count(*)::int from calibration_ratings g where g.org_id = s.org_id and g.session_number = s.number) as ratings,
       case when exists (select 1 from calibration_raters r
                         where r.org_id = s.org_id and r.session_number = s.number and r.user_id = $3)
            then (select count(*)::int from calibration_ratings g
                  where g.org_id = s.org_id and g.session_number = s.number and g.rater = $3) end as "myRated"
     from calibration_sessions s
     where s.org_id = $1 and ($2::uuid is null or exists (
       select 1 from calibration_raters r where r.org_id = s.org_id and r.session_number = s.number and r.user_id = $2))
     order by s.number desc`,
    [orgId, rater, me],
  );

/** A rater with who they are (null when the account is gone) and how many units they have rated. */
export type SessionRaterRow = Pick<typeof calibrationRaters.$inferSelect, 'userId'> & {
  email: (typeof users.$inferSelect)['email'] | null;
  name: (typeof users.$inferSelect)['name'] | null;
  rated: number;
};

export const sessionRaters = (db: SqlClient, orgId: string, number: number): Promise<SessionRaterRow[]> =>
  db.query<SessionRaterRow>(
    `select r.user_id as "userId", u.email, u.name,
       (select count(*)::int from calibration_ratings g
        where g.org_id = r.org_id and g.session_number = r.session_number and g.rater = r.user_id) as rated
     from calibration_raters r left join users u on u.id = r.user_id
     where r.org_id = $1 and r.session_number = $2
     order by u.email nulls last, r.user_id`,
    [orgId, number],
  );

export const isSessionRater = async (
  db: SqlClient,
  orgId: string,
  number: number,
  userId: string,
): Promise<boolean> =>
  (
    await db.query(
      'select 1 from calibration_raters where org_id = $1 and session_number = $2 and user_id = $3',
      [orgId, number, userId],
    )
  ).length > 0;

/**
 * A unit as its rater sees it: the artifact — partner, person, competency, the evaluation's
 * evidence — and the rater's own rating, if given. Never the stored level or others' ratings.
 */
export type UnitToRateRow = UnitColumns & {
  partner: { id: (typeof partners.$inferSelect)['externalId']; name: string };
  person: { id: (typeof partnerPeople.$inferSelect)['externalId']; name: string; role: string };
  evidence: { id: string; artifactType: string; uri: string; sha256: string }[];
  myRating: Pick<typeof calibrationRatings.$inferSelect, 'value' | 'ratedAt'> | null;
};

export const unitsToRate = (
  db: SqlClient,
  orgId: string,
  number: number,
  rater: string,
): Promise<UnitToRateRow[]> =>
  db.query<UnitToRateRow>(
    `select u.unit, u.competency, u.rubric_version as "rubricVersion",
       json_build_object('id', p.external_id, 'name', p.name) as partner,
       json_build_object('id', pp.external_id, 'name', pp.name, 'role', pp.role) as person,
       coalesce((select json_agg(json_build_object('id', v.external_id, 'artifactType', v.artifact_type,
                   'uri', v.uri, 'sha256', v.sha256) order by v.external_id)
                 from evaluation_evidence v where v.org_id = e.org_id and v.evaluation_id = e.id), '[]'::json) as evidence,
       (select json_build_object('value', g.value, 'ratedAt', g.rated_at) from calibration_ratings g
        where g.org_id = u.org_id and g.session_number = u.session_number and g.unit = u.unit and g.rater = $3) as "myRating"
     from calibration_units u
     join evaluations e on e.org_id = u.org_id and e.id = u.evaluation_id
     join partners p on p.org_id = e.org_id and p.id = e.partner_id
     join partner_people pp on pp.org_id = e.org_id and pp.id = e.person_id
     where u.org_id = $1 and u.session_number = $2
     order by u.unit collate "C"`,
    [orgId, number, rater],
  );

export const calibrationUnitOf = async (
  db: SqlClient,
  orgId: string,
  number: number,
  unit: string,
): Promise<UnitColumns | undefined> =>
  (
    await db.query<UnitColumns>(
      `select unit, competency, rubric_version as "rubricVersion" from calibration_units
       where org_id = $1 and session_number = $2 and unit = $3`,
      [orgId, number, unit],
    )
  )[0];

export type CalibrationRatingRow = Pick<
  typeof calibrationRatings.$inferSelect,
  'unit' | 'rater' | 'value' | 'ratedAt'
>;

/** Stores a rating; undefined when this rater has rated this unit already (the key refuses a second). */
export const insertCalibrationRating = async (
  tx: SqlClient,
  orgId: string,
  number: number,
  r: Pick<CalibrationRatingRow, 'unit' | 'rater' | 'value'>,
): Promise<CalibrationRatingRow | undefined> =>
  (
    await tx.query<CalibrationRatingRow>(
      `insert into calibration_ratings (org_id, session_number, unit, rater, value) values ($1, $2, $3, $4, $5)
       on conflict do nothing
       returning unit, rater, value, rated_at as "ratedAt"`,
      [orgId, number, r.unit, r.rater, r.value],
    )
  )[0];

/** Closes an open session; undefined when it was closed already. */
export const closeCalibrationSession = async (
  tx: SqlClient,
  orgId: string,
  number: number,
  by: string,
): Promise<CalibrationSessionRow | undefined> =>
  (
    await tx.query<CalibrationSessionRow>(
      `with s as (
         update calibration_sessions set status = 'closed', closed_by = $3, closed_at = now()
         where org_id = $1 and number = $2 and status = 'open' returning *)
       select ${SESSION_COLUMNS} from s`,
      [orgId, number, by],
    )
  )[0];

/** Every rating of a session with its unit's competency, in a stable order. */
export type SessionRatingRow = Pick<CalibrationRatingRow, 'unit' | 'rater' | 'value'> &
  Pick<UnitColumns, 'competency'>;

export const sessionRatings = (db: SqlClient, orgId: string, number: number): Promise<SessionRatingRow[]> =>
  db.query<SessionRatingRow>(
    `select g.unit, g.rater, g.value, u.competency
     from calibration_ratings g
     join calibration_units u on u.org_id = g.org_id and u.session_number = g.session_number and u.unit = g.unit
     where g.org_id = $1 and g.session_number = $2
     order by g.unit collate "C", g.rater`,
    [orgId, number],
  );

export const sessionUnitCount = async (db: SqlClient, orgId: string, number: number): Promise<number> =>
  (
    await db.query<{ n: number }>(
      'select count(*)::int as n from calibration_units where org_id = $1 and session_number = $2',
      [orgId, number],
    )
  )[0]!.n;
