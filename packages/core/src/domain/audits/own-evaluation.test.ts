import { describe, expect, it } from 'vitest';
import { isOwnEvaluation } from './own-evaluation.ts';

describe('isOwnEvaluation', () => {
  it('matches the assessor against the auditor’s name or email, ignoring case and spacing', () => {
    expect(isOwnEvaluation('Bea Novak', ['bea@example.test', 'Bea Novak'])).toBe(true);
    expect(isOwnEvaluation('  bea   NOVAK ', ['Bea Novak'])).toBe(true);
    expect(isOwnEvaluation('bea@example.test', ['BEA@example.test'])).toBe(true);
  });

  it('compares composed and decomposed accents as the same name', () => {
    expect(isOwnEvaluation('Zoë Ruiz', ['Zoe\u0308 Ruiz'])).toBe(true);
  });

  it('does not match another person, a part of a name, or an empty assessor', () => {
    expect(isOwnEvaluation('Ari Stone', ['Bea Novak', 'bea@example.test'])).toBe(false);
    expect(isOwnEvaluation('Bea', ['Bea Novak'])).toBe(false);
    expect(isOwnEvaluation(' ', [' '])).toBe(false);
    expect(isOwnEvaluation('Bea Novak', [])).toBe(false);
  });
});
