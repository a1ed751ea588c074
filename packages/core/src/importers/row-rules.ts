import type { RowProblem, RowValues } from './entity-definition.ts';

/** When both dates are valid, `later` must not be before `earlier` (ISO dates compare as strings). */
export const notBefore = (row: RowValues, later: string, earlier: string): RowProblem[] => {
  const a = row[later];
  const b = row[earlier];
  return typeof a === 'string' && typeof b === 'string' && a < b
    ? [{ column: later, reason: `${a} is before ${earlier} ${b}` }]
    : [];
};

/** When both dates are valid, `later` must be strictly after `earlier`; `why` explains the rule. */
export const strictlyAfter = (row: RowValues, later: string, earlier: string, why?: string): RowProblem[] => {
  const a = row[later];
  const b = row[earlier];
  return typeof a === 'string' && typeof b === 'string' && a <= b
    ? [{ column: later, reason: `${a} is not after ${earlier} ${b}${why ? ` (${why})` : ''}` }]
    : [];
};

/** `column` needs a value whenever `when` holds (a rejected cell already has its own problem). */
export const requiredWhen = (
  row: RowValues,
  column: string,
  when: boolean,
  condition: string,
): RowProblem[] =>
  when && row[column] === null ? [{ column, reason: `is required when ${condition}` }] : [];
