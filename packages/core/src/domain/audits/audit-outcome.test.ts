import { describe, expect, it } from 'vitest';
import { type AuditItemState, decideOutcome } from './audit-outcome.ts';
import { passes } from './pass-level.ts';
import { quarterStart } from './quarter.ts';

const LEVELS = [1, 2, 3, 4];
const item: AuditItemState = { evaluation: 'E-1', level: 3, passed: true, outcome: null };

describe('decideOutcome', () => {
  it('upholds (the level stands) and overturns (to a rubric level, with a reason)', () => {
    expect(decideOutcome(item, { outcome: 'upheld' }, LEVELS)).toEqual({
      ok: true,
      value: { outcome: 'upheld', level: 3, reason: null },
    });
    expect(
      decideOutcome(item, { outcome: 'overturned', level: 2, reason: ' no customer scenario ' }, LEVELS),
    ).toEqual({ ok: true, value: { outcome: 'overturned', level: 2, reason: 'no customer scenario' } });
  });

  it('refuses a failed evaluation, and a second decision as a conflict', () => {
    const failed = decideOutcome({ ...item, level: 1, passed: false }, { outcome: 'upheld' }, LEVELS);
    expect(!failed.ok && failed.problem).toEqual({
      kind: 'invalid',
      message: 'The evaluation E-1 did not pass: only passing evaluations are audited',
      issues: [{ field: 'evaluation', value: 'E-1', reason: 'level 1 is not a pass' }],
    });
    const twice = decideOutcome(
      { ...item, outcome: 'upheld' },
      { outcome: 'overturned', level: 2, reason: 'x' },
      LEVELS,
    );
    expect(!twice.ok && twice.problem.kind).toBe('conflict');
    expect(!twice.ok && twice.problem.message).toBe(
      'The evaluation E-1 was already decided (upheld); a decision is final',
    );
  });

  it('names the field at fault: a level outside the rubric, no level, no reason, the same level', () => {
    const issues = (d: Parameters<typeof decideOutcome>[1]) => {
      const c = decideOutcome(item, d, LEVELS);
      return c.ok ? [] : c.problem.issues.map((i) => `${i.field}: ${i.reason}`);
    };
    expect(issues({ outcome: 'overturned', level: 5, reason: 'x' })).toEqual([
      'level: must be a level of the rubric: 1, 2, 3, 4',
    ]);
    expect(issues({ outcome: 'overturned', reason: '  ' })).toEqual([
      'level: an overturn needs the new level',
      'reason: an overturn needs a reason',
    ]);
    expect(issues({ outcome: 'overturned', level: 3, reason: 'x' })).toEqual([
      'level: is the level already given; uphold the evaluation instead',
    ]);
    expect(issues({ outcome: 'upheld', level: 2 })).toEqual(['level: an upheld evaluation keeps its level']);
  });
});

describe('pass level and quarter', () => {
  it('passes from level 2 (Practitioner) up', () => {
    expect([1, 2, 3, 4].map(passes)).toEqual([false, true, true, true]);
  });

  it('starts the quarter on the first day of January, April, July or October', () => {
    expect(['2026-01-01', '2026-03-31', '2026-05-17', '2026-09-30', '2026-12-31'].map(quarterStart)).toEqual([
      '2026-01-01',
      '2026-01-01',
      '2026-04-01',
      '2026-07-01',
      '2026-10-01',
    ]);
  });
});
