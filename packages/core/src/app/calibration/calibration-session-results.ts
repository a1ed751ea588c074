/**
 * Use-case: a closed session's results (docs/governance.md, "Calibration sessions") —
 * `calibrationResult` over its stored ratings, overall and per competency (units grouped by their
 * evaluation's competency), with the bootstrap interval from the session's stored seed; each rater's
 * drift and the flags; and the units with most disagreement, most first. Results exist only once the
 * session is closed: before, the ratings are blind.
 */
import type { z } from 'zod';
import {
  type CalibrationSessionRow,
  type SessionRaterRow,
  sessionRaters,
  sessionRatings,
} from '../../db/queries/calibration-sessions.ts';
import type { Database } from '../../db/sql-client.ts';
import { type CalibrationResult, calibrationResult } from '../../domain/calibration/calibration-result.ts';
import type { Rating } from '../../domain/calibration/rating.ts';
import { type UnitDisagreement, unitDisagreement } from '../../domain/calibration/unit-disagreement.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from '../accounts/caller.ts';
import { calibrationSessionInput, parseInput } from './calibration-input.ts';
import { visibleSession } from './session-access.ts';

/** The bootstrap of every session's results: 1,000 resamples for a 95% interval. */
export const SESSION_BOOTSTRAP = { draws: 1000, confidence: 0.95 } as const;

export interface CalibrationSessionResults {
  session: CalibrationSessionRow;
  /** Who the rater ids in the results are. */
  raters: SessionRaterRow[];
  overall: CalibrationResult;
  competencies: ({ competency: string; unitsRated: number } & CalibrationResult)[];
  /** Units rated at least twice, the most disagreement first, with every rating (the session is closed). */
  disagreement: (UnitDisagreement & { competency: string })[];
}

export const calibrationSessionResultsUseCase = async (
  db: Database,
  caller: Caller,
  input: z.input<typeof calibrationSessionInput>,
): Promise<CalibrationSessionResults> => {
  const { session: number } = parseInput(calibrationSessionInput, input, 'calibration session');
  const session = await visibleSession(db, caller, number);
  if (session.status !== 'closed')
    throw new AppError(
      'CONFLICT',
      `Calibration session #${number} is still open: its results are shown once it is closed`,
    );
  const rows = await sessionRatings(db, caller.orgId, number);
  const options = { level: session.level, bootstrap: { ...SESSION_BOOTSTRAP, seed: session.seed } };
  const ratings = (list: typeof rows): Rating[] =>
    list.map((r) => ({ unit: r.unit, rater: r.rater, value: r.value }));
  const byCompetency = new Map<string, typeof rows>();
  for (const r of rows) byCompetency.set(r.competency, [...(byCompetency.get(r.competency) ?? []), r]);
  const competencyOf = new Map(rows.map((r) => [r.unit, r.competency]));
  return {
    session,
    raters: await sessionRaters(db, caller.orgId, number),
    overall: calibrationResult(ratings(rows), options),
    competencies: [...byCompetency.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([competency, list]) => ({
        competency,
        unitsRated: new Set(list.map((r) => r.unit)).size,
        ...calibrationResult(ratings(list), options),
      })),
    disagreement: unitDisagreement(ratings(rows), session.level).map((u) => ({
      ...u,
      competency: competencyOf.get(u.unit)!,
    })),
  };
};
