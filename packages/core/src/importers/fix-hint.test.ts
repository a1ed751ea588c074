import { describe, expect, it } from 'vitest';
import { entityDefinitions } from './entity-definitions.ts';
import { fixHint } from './fix-hint.ts';

const column = (name: string) => entityDefinitions.opportunities.columns.find((c) => c.name === name);
const examples = (...values: string[]) => values.map((value, i) => ({ line: i + 2, value, reason: 'bad' }));

describe('fixHint', () => {
  it('names the money format when every example reads as money', () => {
    expect(fixHint(column('amount'), examples('$125,000.00', 'USD 1,200'), false)).toBe(
      'use --preset or a mapping with a money format',
    );
    expect(fixHint(column('amount'), examples('$125,000.00'), true)).toBe(
      'give amount `format: money` in the mapping',
    );
  });

  it('names --date-format for dates in another order, and nothing for values that are no date', () => {
    expect(fixHint(column('created_on'), examples('3/15/2023', '15.03.2023'), false)).toMatch(
      /^use --date-format M\/D\/YYYY/,
    );
    expect(fixHint(column('created_on'), examples('3/15/2023', 'soon'), false)).toBeUndefined();
  });

  it('gives no hint it cannot back with the values', () => {
    expect(fixHint(column('amount'), examples('lots'), false)).toBeUndefined();
    expect(fixHint(column('amount'), [], false)).toBeUndefined();
    expect(fixHint(undefined, examples('$1'), false)).toBeUndefined();
  });

  it('suggests a value map for words outside a fixed list', () => {
    const stage = [{ line: 2, value: 'Closed Won', reason: '"Closed Won" is not one of open, won, lost' }];
    expect(fixHint(column('stage'), stage, false)).toMatch(/`map:`/);
  });
});
