import type { RowProblem, RowValues } from './entity-definition.ts';

/** When both dates are valid, `later` must not be before `earlier` (ISO dates compare as strings). */
export const notBefore = (row: RowValues, later: string, earlier: string): RowProblem[] => {
  const a = row[later];
  const b = row[earlier];
  return typeof a === 'string' && typeof b === 'string' && a < b
    ? [{ column: later, reason: `${a} is before ${earlier} ${b}` }]
    : [];
};
