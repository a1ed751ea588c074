/**
 * One row per partner for partner readiness as of T, aggregated by SQL
 * (src/db/queries/readiness-facts.ts). Evaluations count only when dated on or before T and not
 * expired at T; for each person and competency only the latest such evaluation counts.
 */
import type { Role } from './competency-framework.ts';
import type { OutcomeSignal } from './tier-policy.ts';

/** People of a role whose best valid level in the role's competencies is ≥ 1, 2, 3, 4. */
export type QualifiedByLevel = [number, number, number, number];

export interface OutcomeSample {
  /** Number of records the value rests on. */
  n: number;
  /** Raw value: CSAT mean (0–10), defects per project, days late, or a rate 0–1; null when n = 0. */
  value: number | null;
}

export interface ReadinessFacts {
  externalId: string;
  name: string;
  type: string;
  /** Who owns the partner relationship on the vendor side (owner of remediation items). */
  owner: string | null;
  /** The program tier recorded in the CRM (never read by scoring: reported beside the readiness tier). */
  programTier: string | null;
  /** Highest level demonstrated per competency id by a current person. */
  competencyLevels: Record<string, number>;
  qualified: Record<Role, QualifiedByLevel>;
  openOpportunities: number;
  activeProjects: number;
  outcomes: Record<OutcomeSignal, OutcomeSample>;
  /** Dates of verified customer references on or before T. */
  referenceDates: string[];
  /** The tier in effect from the previous scoring, and how many consecutive periods it was not earned. */
  previous: { tier: string | null; periodsBelow: number } | null;
}
