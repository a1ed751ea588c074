import { describe, expect, it } from 'vitest';
import { parseNeed } from './parse-need.ts';

const refGate = (detail: string) => [{ gate: 'references' as const, passed: false, detail }];

describe('next-tier needs read back into current vs required', () => {
  it('headcount: qualified today vs needed by the tier or by open demand', () => {
    expect(parseNeed('one more salesperson qualified at level 2 (0 today; Silver needs 1)')).toMatchObject({
      kind: 'headcount',
      what: 'Qualified salespeople at level 2',
      current: '0 qualified',
      required: '1',
    });
    expect(
      parseNeed('two more implementation consultants qualified at level 3 (1 today; open demand needs 3)'),
    ).toMatchObject({ what: 'Qualified implementation consultants at level 3', required: '3 (open demand)' });
  });

  it('competency: best level today (or none) vs the tier level', () => {
    expect(
      parseNeed(
        'a salesperson at level 2 in Discovery and qualification, Value demonstration (best today: level 1)',
      ),
    ).toMatchObject({
      kind: 'competency',
      what: 'Salesperson at level 2 in Discovery and qualification, Value demonstration',
      current: 'level 1',
      required: 'level 2',
    });
    expect(parseNeed('an administrator at level 3 in Tenant operations')).toMatchObject({
      what: 'Administrator at level 3 in Tenant operations',
      current: 'not demonstrated',
    });
  });

  it('references: counts from the gate when its window is the same, else the shortfall', () => {
    const text = 'two more verified customer references (within 365 days)';
    expect(parseNeed(text, refGate('1 verified references in 365 days vs 3 required'))).toMatchObject({
      kind: 'references',
      current: '1',
      required: '3',
    });
    expect(parseNeed(text, refGate('1 verified references in 545 days vs 2 required'))).toMatchObject({
      current: '2 short',
      required: '2 more',
    });
  });

  it('component and composite needs; unknown wording kept as it is', () => {
    expect(parseNeed('outcomes above zero')).toMatchObject({
      kind: 'component',
      what: 'Outcomes above zero',
    });
    expect(
      parseNeed(
        'outcomes: with every gap above closed the composite would be 55.3, short of 60 (outcomes 40%)',
      ),
    ).toMatchObject({ kind: 'composite', current: '55.3', required: '60' });
    expect(parseNeed('something new')).toEqual({
      kind: 'other',
      what: 'Something new',
      current: null,
      required: null,
      text: 'something new',
    });
  });
});
