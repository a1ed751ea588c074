/** Use-case: close a session — no more ratings; its results can be read from then on. Once only. */
import type { z } from 'zod';
import { recordAudit } from '../../db/queries/audit-log.ts';
import {
  type CalibrationSessionRow,
  closeCalibrationSession,
} from '../../db/queries/calibration-sessions.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from '../accounts/caller.ts';
import { calibrationSessionInput, parseInput } from './calibration-input.ts';
import { visibleSession } from './session-access.ts';

export const closeCalibrationSessionUseCase = async (
  db: Database,
  caller: Caller,
  input: z.input<typeof calibrationSessionInput>,
): Promise<CalibrationSessionRow> => {
  const { session: number } = parseInput(calibrationSessionInput, input, 'calibration session');
  return db.transaction(async (tx) => {
    const before = await visibleSession(tx, caller, number, true);
    const closed = await closeCalibrationSession(tx, caller.orgId, number, caller.label);
    if (!closed)
      throw new AppError('CONFLICT', `Calibration session #${number} is closed already (${before.closedAt})`);
    await recordAudit(tx, caller.orgId, caller, {
      action: 'calibration.close',
      entity: 'calibration-session',
      entityId: String(number),
      before: { status: before.status },
      after: { status: closed.status, closedAt: closed.closedAt },
    });
    return closed;
  });
};
