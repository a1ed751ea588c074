/**
 * An auditor's decision on one drawn evaluation: upheld (the level stands) or overturned (with the
 * level the evaluation should have had and why). Rules: docs/governance.md, "Spot audits".
 */
import { type Checked, ok, type RuleIssue, refuse } from './checked.ts';

export const auditOutcomes = ['upheld', 'overturned'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

/** The item as it stands: the evaluation's level and pass, and any decision already taken. */
export interface AuditItemState {
  evaluation: string;
  level: number;
  passed: boolean;
  outcome: AuditOutcome | null;
}

export interface AuditDecision {
  outcome: AuditOutcome;
  /** The new level: required to overturn, refused to uphold. */
  level?: number | null;
  reason?: string | null;
}

export interface DecidedOutcome {
  outcome: AuditOutcome;
  /** The evaluation's level after the decision (the old one when upheld). */
  level: number;
  reason: string | null;
}

/**
 * Checks a decision against the item and the rubric's levels (`rubricLevels`: the levels the
 * competency framework defines, 1–4 in v1) and returns what to record.
 */
export const decideOutcome = (
  item: AuditItemState,
  decision: AuditDecision,
  rubricLevels: readonly number[],
): Checked<DecidedOutcome> => {
  const about = `evaluation ${item.evaluation}`;
  if (!item.passed)
    return refuse('invalid', `The ${about} did not pass: only passing evaluations are audited`, [
      { field: 'evaluation', value: item.evaluation, reason: `level ${item.level} is not a pass` },
    ]);
  if (item.outcome !== null)
    return refuse('conflict', `The ${about} was already decided (${item.outcome}); a decision is final`);
  const reason = decision.reason?.trim() || null;
  const issues: RuleIssue[] = [];
  const level = decision.level ?? null;
  if (decision.outcome === 'upheld') {
    if (level !== null && level !== item.level)
      issues.push({ field: 'level', value: String(level), reason: 'an upheld evaluation keeps its level' });
  } else {
    if (level === null) issues.push({ field: 'level', reason: 'an overturn needs the new level' });
    else if (!rubricLevels.includes(level))
      issues.push({
        field: 'level',
        value: String(level),
        reason: `must be a level of the rubric: ${rubricLevels.join(', ')}`,
      });
    else if (level === item.level)
      issues.push({
        field: 'level',
        value: String(level),
        reason: `is the level already given; uphold the evaluation instead`,
      });
    if (reason === null) issues.push({ field: 'reason', reason: 'an overturn needs a reason' });
  }
  if (issues.length) return refuse('invalid', `The decision on the ${about} cannot be recorded`, issues);
  return ok({
    outcome: decision.outcome,
    level: decision.outcome === 'overturned' ? level! : item.level,
    reason,
  });
};
