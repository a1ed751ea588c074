/** A governance rule's refusal (domain/audits/checked.ts) as the AppError the doors speak. */
import type { Checked, Problem } from '../../domain/audits/checked.ts';
import { AppError } from '../../errors.ts';

export const appErrorOf = (p: Problem): AppError =>
  new AppError(p.kind === 'conflict' ? 'CONFLICT' : 'INVALID_INPUT', p.message, p.issues);

/** The checked value, or its problem thrown as an AppError. */
export const valueOrThrow = <T>(c: Checked<T>): T => {
  if (!c.ok) throw appErrorOf(c.problem);
  return c.value;
};
