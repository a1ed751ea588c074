/**
 * The program quarter over quarter (docs/metrics.md, "Quarter over quarter"): its assessments, its
 * readiness scorings and the partners whose readiness tier moved, up or down.
 */
import { type ProgramHistory, tierRank } from '@trellis/contracts';
import { assessmentSeries, scoringSeries, tierMoves } from '../../db/queries/history.ts';
import type { SqlClient } from '../../db/sql-client.ts';
import type { Caller } from '../accounts/caller.ts';

export const programHistoryUseCase = async (
  db: SqlClient,
  caller: Pick<Caller, 'orgId'>,
): Promise<ProgramHistory> => {
  const [assessments, scorings, moves] = await Promise.all([
    assessmentSeries(db, caller.orgId),
    scoringSeries(db, caller.orgId),
    tierMoves(db, caller.orgId),
  ]);
  return {
    assessments,
    scorings,
    moves: moves.map((m) => ({ ...m, direction: tierRank(m.after) < tierRank(m.before) ? 'up' : 'down' })),
  };
};
