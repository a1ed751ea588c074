/**
 * Use-case: the units a rater is to rate in a session, each with its artifact — the partner, the
 * person, the competency and its level descriptors, the evaluation's evidence — and the rater's own
 * rating if given. Blind: never the evaluation's stored level, never another rater's rating.
 * Someone who sees the session without rating it (a manager, a viewer) is given no units.
 */
import type { z } from 'zod';
import { type UnitToRateRow, unitsToRate } from '../../db/queries/calibration-sessions.ts';
import type { Database } from '../../db/sql-client.ts';
import { loadCompetencyFramework } from '../../frameworks/load-framework.ts';
import type { Caller } from '../accounts/caller.ts';
import { calibrationSessionInput, parseInput } from './calibration-input.ts';
import { ratesSession, visibleSession } from './session-access.ts';

export interface UnitToRate extends UnitToRateRow {
  competencyName: string | null;
  /** The rubric's levels the rater chooses from, with this competency's descriptor of each. */
  levels: { level: number; name: string; description: string; descriptor: string | null }[];
}

const rubricLevels = (version: string, competency: string) => {
  const { framework } = loadCompetencyFramework(version);
  const c = framework.roles.flatMap((r) => r.competencies).find((x) => x.id === competency);
  return {
    competencyName: c?.name ?? null,
    levels: framework.levels.map((l) => ({
      ...l,
      descriptor: (c?.levels as Record<number, string> | undefined)?.[l.level] ?? null,
    })),
  };
};

export const listUnitsToRateUseCase = async (
  db: Database,
  caller: Caller,
  input: z.input<typeof calibrationSessionInput>,
): Promise<{ session: number; status: 'open' | 'closed'; units: UnitToRate[] }> => {
  const { session: number } = parseInput(calibrationSessionInput, input, 'calibration session');
  const session = await visibleSession(db, caller, number);
  // A manager or viewer who sees the session but does not rate it has nothing to rate.
  const rows = (await ratesSession(db, caller, number))
    ? await unitsToRate(db, caller.orgId, number, caller.userId!)
    : [];
  return {
    session: number,
    status: session.status,
    units: rows.map((u) => ({ ...u, ...rubricLevels(u.rubricVersion, u.competency) })),
  };
};
