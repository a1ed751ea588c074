import { describe, expect, it } from 'vitest';
import { notBefore, requiredWhen, strictlyAfter } from './row-rules.ts';

describe('notBefore', () => {
  it('allows the same day and later, and skips missing or rejected dates', () => {
    expect(notBefore({ a: '2025-01-02', b: '2025-01-02' }, 'a', 'b')).toEqual([]);
    expect(notBefore({ a: null, b: '2025-01-02' }, 'a', 'b')).toEqual([]);
    expect(notBefore({ a: '2025-01-01', b: undefined }, 'a', 'b')).toEqual([]);
    expect(notBefore({ a: '2025-01-01', b: '2025-01-02' }, 'a', 'b')).toEqual([
      { column: 'a', reason: '2025-01-01 is before b 2025-01-02' },
    ]);
  });
});

describe('strictlyAfter', () => {
  it('rejects the same day and earlier, with the reason when given', () => {
    expect(strictlyAfter({ a: '2025-01-03', b: '2025-01-02' }, 'a', 'b')).toEqual([]);
    expect(strictlyAfter({ a: '2025-01-02', b: '2025-01-02' }, 'a', 'b')).toEqual([
      { column: 'a', reason: '2025-01-02 is not after b 2025-01-02' },
    ]);
    expect(strictlyAfter({ a: '2024-12-31', b: '2025-01-02' }, 'a', 'b', 'why')).toEqual([
      { column: 'a', reason: '2024-12-31 is not after b 2025-01-02 (why)' },
    ]);
  });
  it('skips missing or rejected dates', () => {
    expect(strictlyAfter({ a: null, b: '2025-01-02' }, 'a', 'b')).toEqual([]);
    expect(strictlyAfter({ a: '2025-01-01', b: undefined }, 'a', 'b')).toEqual([]);
  });
});

describe('requiredWhen', () => {
  it('requires an empty cell only when the condition holds', () => {
    expect(requiredWhen({ by: null }, 'by', true, 'x is true')).toEqual([
      { column: 'by', reason: 'is required when x is true' },
    ]);
    expect(requiredWhen({ by: null }, 'by', false, 'x is true')).toEqual([]);
    expect(requiredWhen({ by: 'Lee' }, 'by', true, 'x is true')).toEqual([]);
    expect(requiredWhen({ by: undefined }, 'by', true, 'x is true')).toEqual([]);
  });
});
