/**
 * Which evaluations pass. The competency framework (partner-competency v1) has no pass mark of its
 * own: its levels run 1 Foundational ("needs guidance on real work") to 4 Expert. An evaluation
 * passes when the person was found able to do the standard work unaided — level 2, Practitioner,
 * or above. Spot audits sample passing evaluations only: they check that a pass was deserved.
 * (When a rubric version carries its own pass level, issue 18 point 4, it should come from there.)
 */
export const AUDIT_PASS_LEVEL = 2;

export const passes = (level: number): boolean => level >= AUDIT_PASS_LEVEL;
