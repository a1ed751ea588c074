/**
 * Use-case: one calibration session with its raters and how many units each has rated (counts,
 * never values: the ratings stay blind until the close).
 */
import type { z } from 'zod';
import {
  type CalibrationSessionRow,
  type SessionRaterRow,
  sessionRaters,
  sessionUnitCount,
} from '../../db/queries/calibration-sessions.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Caller } from '../accounts/caller.ts';
import { calibrationSessionInput, parseInput } from './calibration-input.ts';
import { visibleSession } from './session-access.ts';

export interface CalibrationSessionView extends CalibrationSessionRow {
  units: number;
  raters: SessionRaterRow[];
}

export const getCalibrationSessionUseCase = async (
  db: Database,
  caller: Caller,
  input: z.input<typeof calibrationSessionInput>,
): Promise<CalibrationSessionView> => {
  const { session: number } = parseInput(calibrationSessionInput, input, 'calibration session');
  const session = await visibleSession(db, caller, number);
  return {
    ...session,
    units: await sessionUnitCount(db, caller.orgId, number),
    raters: await sessionRaters(db, caller.orgId, number),
  };
};
