/**
 * Use-case: a rater's level for one unit of an open session — once (a second rating of the same
 * unit is refused, never replaces the first), within the rubric's levels the unit was scored on.
 * The session row is locked first, so a rating and the close are taken one after the other.
 */
import type { z } from 'zod';
import { recordAudit } from '../../db/queries/audit-log.ts';
import {
  type CalibrationRatingRow,
  calibrationUnitOf,
  insertCalibrationRating,
} from '../../db/queries/calibration-sessions.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import { loadCompetencyFramework } from '../../frameworks/load-framework.ts';
import type { Caller } from '../accounts/caller.ts';
import { parseInput, submitCalibrationRatingInput } from './calibration-input.ts';
import { raterOf, visibleSession } from './session-access.ts';

export const submitCalibrationRatingUseCase = async (
  db: Database,
  caller: Caller,
  input: z.input<typeof submitCalibrationRatingInput>,
): Promise<CalibrationRatingRow> => {
  const r = parseInput(submitCalibrationRatingInput, input, 'rating');
  return db.transaction(async (tx) => {
    const session = await visibleSession(tx, caller, r.session, true);
    const rater = await raterOf(tx, caller, r.session);
    if (session.status !== 'open')
      throw new AppError('CONFLICT', `Calibration session #${r.session} is closed: it takes no more ratings`);
    const unit = await calibrationUnitOf(tx, caller.orgId, r.session, r.unit);
    if (!unit) throw new AppError('NOT_FOUND', `No unit ${r.unit} in calibration session #${r.session}`);
    const levels = loadCompetencyFramework(unit.rubricVersion).framework.levels.map((l) => l.level);
    if (!levels.includes(r.value))
      throw new AppError('INVALID_INPUT', 'Invalid rating', [
        {
          field: 'value',
          value: String(r.value),
          reason: `not a level of the rubric ${unit.rubricVersion}: choose one of ${levels.join(', ')}`,
        },
      ]);
    const rating = await insertCalibrationRating(tx, caller.orgId, r.session, {
      unit: r.unit,
      rater,
      value: r.value,
    });
    if (!rating)
      throw new AppError(
        'CONFLICT',
        `You have already rated unit ${r.unit} in calibration session #${r.session}: a rating is given once`,
      );
    // Who rated which unit when, but not the value: owners and admins read the audit log, and a
    // rater among them must not see the others' ratings before the close. A rating is never
    // changed, so the stored row is its whole history.
    await recordAudit(tx, caller.orgId, caller, {
      action: 'calibration.rate',
      entity: 'calibration-session',
      entityId: String(r.session),
      after: { unit: rating.unit, rater: rating.rater, ratedAt: rating.ratedAt },
    });
    return rating;
  });
};
