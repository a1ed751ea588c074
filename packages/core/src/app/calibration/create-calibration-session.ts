/**
 * Use-case: open a calibration session — the evaluations whose evidence is rated (one unit each)
 * and the members who rate them blind (docs/governance.md, "Calibration sessions"). Unknown
 * evaluations and raters who are not assessors, managers, admins or owners of the org are refused,
 * every one named, and nothing is written.
 */
import type { z } from 'zod';
import { listMembers } from '../../db/queries/accounts/members.ts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import {
  type CalibrationSessionRow,
  evaluationsByExternalId,
  insertCalibrationSession,
} from '../../db/queries/calibration-sessions.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError, type Issue } from '../../errors.ts';
import type { Caller } from '../accounts/caller.ts';
import type { Role } from '../accounts/roles.ts';
import { createCalibrationSessionInput, parseInput } from './calibration-input.ts';

/** The roles that may rate: those who score evaluations. */
export const RATER_ROLES: readonly Role[] = ['owner', 'admin', 'program_manager', 'assessor'];

export const createCalibrationSessionUseCase = async (
  db: Database,
  caller: Caller,
  input: z.input<typeof createCalibrationSessionInput>,
): Promise<CalibrationSessionRow> => {
  const s = parseInput(createCalibrationSessionInput, input, 'calibration session');
  return db.transaction(async (tx) => {
    const found = new Map(
      (await evaluationsByExternalId(tx, caller.orgId, s.evaluations)).map((e) => [e.externalId, e]),
    );
    const roles = new Map((await listMembers(tx, caller.orgId)).map((m) => [m.userId, m.role]));
    const issues: Issue[] = [
      ...s.evaluations.flatMap((id, i) =>
        found.has(id)
          ? []
          : [{ field: `evaluations.${i}`, value: id, reason: 'no such evaluation in this org' }],
      ),
      ...s.raters.flatMap((id, i) => {
        const role = roles.get(id);
        if (role && RATER_ROLES.includes(role)) return [];
        return [
          {
            field: `raters.${i}`,
            value: id,
            reason: role
              ? `a ${role.replace('_', ' ')} does not rate: choose assessors, program managers, admins or owners`
              : 'not a member of this org',
          },
        ];
      }),
    ];
    if (issues.length) throw new AppError('INVALID_INPUT', 'Invalid calibration session', issues);
    const units = s.evaluations.map((id) => found.get(id)!);
    const session = await insertCalibrationSession(
      tx,
      caller.orgId,
      { name: s.name, level: s.level, seed: s.seed, createdBy: caller.label },
      units,
      s.raters,
    );
    await recordAudit(tx, caller.orgId, caller, {
      action: 'calibration.create',
      entity: 'calibration-session',
      entityId: String(session.number),
      after: { ...session, units: s.evaluations, raters: s.raters },
    });
    return session;
  });
};
