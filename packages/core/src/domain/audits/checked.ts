/**
 * What a governance rule answers when its input breaks it. The domain sits below the errors layer
 * (ARCHITECTURE.md, "The house flows one way"), so it cannot throw an AppError; it returns the
 * problem — its kind, a message and the fields at fault, in the shape of an AppError's issues —
 * and the use-case turns it into one (`app/spot-audits/app-error-of.ts`). The type makes every
 * caller look.
 */

/** `invalid`: the input breaks a rule (INVALID_INPUT); `conflict`: the state forbids it now (CONFLICT). */
export type ProblemKind = 'invalid' | 'conflict';

export interface RuleIssue {
  field: string;
  value?: string;
  reason: string;
}

export interface Problem {
  kind: ProblemKind;
  message: string;
  issues: RuleIssue[];
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export const ok = <T>(value: T): Checked<T> => ({ ok: true, value });

export const refuse = <T>(kind: ProblemKind, message: string, issues: RuleIssue[] = []): Checked<T> => ({
  ok: false,
  problem: { kind, message, issues },
});
