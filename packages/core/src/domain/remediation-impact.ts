/**
 * Did remediation pay off? The seed's "cut time-to-live by 24% and improved CSAT by 9 points",
 * computed for two cohorts side by side: partners who went through remediation (a remediation item
 * opened on or before the earlier date, so the later window's projects could feel it) and those who
 * did not. Each cohort's outcomes are read from the same two adjacent windows as the program's
 * (outcome-change.ts), so the cohorts add up to the program.
 */
import {
  compareOutcomes,
  type OutcomeChange,
  type OutcomeFigures,
  type OutcomeWindowRow,
  outcomeFigures,
} from './outcome-change.ts';

export interface CohortOutcomes {
  /** Partners of the cohort with a project live in either window. */
  partners: number;
  before: OutcomeFigures;
  after: OutcomeFigures;
  change: OutcomeChange;
}

export interface RemediationImpact {
  remediated: CohortOutcomes;
  others: CohortOutcomes;
  /** Both cohorts' sentences, remediated first. */
  statement: string;
}

export interface ImpactWindows {
  /** The earlier window is (beforeFrom, before], the later (afterFrom, after]. */
  beforeFrom: string;
  before: string;
  afterFrom: string;
  after: string;
}

const cohort = (
  rows: { before: OutcomeWindowRow[]; after: OutcomeWindowRow[] },
  keep: (externalId: string) => boolean,
  w: ImpactWindows,
  who: string,
): CohortOutcomes => {
  const before = rows.before.filter((r) => keep(r.externalId));
  const after = rows.after.filter((r) => keep(r.externalId));
  const a = outcomeFigures(before, w.beforeFrom, w.before);
  const b = outcomeFigures(after, w.afterFrom, w.after);
  return {
    partners: new Set([...before, ...after].filter((r) => r.projects > 0).map((r) => r.externalId)).size,
    before: a,
    after: b,
    change: compareOutcomes(a, b, who),
  };
};

export const remediationImpact = (
  rows: { before: OutcomeWindowRow[]; after: OutcomeWindowRow[] },
  remediated: ReadonlySet<string>,
  windows: ImpactWindows,
): RemediationImpact => {
  const went = cohort(rows, (id) => remediated.has(id), windows, 'partners who went through remediation');
  const others = cohort(rows, (id) => !remediated.has(id), windows, 'partners who did not');
  return { remediated: went, others, statement: `${went.change.statement} ${others.change.statement}` };
};
