import { describe, expect, it } from 'vitest';
import { type NeedItem, needRow, needRows } from './need-row.ts';

const need = (n: Partial<NeedItem>): NeedItem => ({
  kind: 'references',
  role: null,
  competencies: [],
  count: 1,
  current: null,
  required: null,
  level: null,
  openDemand: false,
  withinDays: null,
  component: null,
  text: 'the sentence',
  ...n,
});

describe('a next-tier need as a checklist row', () => {
  it('headcount: qualified people today against the tier’s number, or open demand', () => {
    expect(
      needRow(need({ kind: 'headcount', role: 'sales', level: 2, current: 0, required: 1 })),
    ).toMatchObject({
      what: 'Qualified salespeople at level 2',
      current: '0 qualified',
      required: '1',
    });
    expect(
      needRow(
        need({
          kind: 'headcount',
          role: 'implementation',
          level: 3,
          current: 1,
          required: 3,
          openDemand: true,
        }),
      ),
    ).toMatchObject({ what: 'Qualified implementation consultants at level 3', required: '3 (open demand)' });
  });

  it('competency: the best level today, or none', () => {
    const base = {
      kind: 'competency' as const,
      role: 'admin',
      level: 3,
      required: 3,
      competencies: ['Tenant operations'],
    };
    expect(needRow(need({ ...base, current: null }))).toMatchObject({
      what: 'Administrator at level 3 in Tenant operations',
      current: 'not demonstrated',
      required: 'level 3',
    });
    expect(needRow(need({ ...base, current: 2 })).current).toBe('level 2');
  });

  it('references, component and composite in their own measures; the sentence is kept', () => {
    expect(needRow(need({ current: 1, required: 2, withinDays: 545 }))).toEqual({
      what: 'Verified customer references within 545 days',
      current: '1 reference',
      required: '2',
      text: 'the sentence',
    });
    expect(needRow(need({ kind: 'component', component: 'outcomes', current: 0 }))).toMatchObject({
      what: 'Outcomes above zero',
      required: 'above 0',
    });
    expect(needRow(need({ kind: 'composite', current: 2.44, required: 3 }))).toMatchObject({
      current: '2.4',
      required: '3.0',
    });
  });

  it('a scoring stored before needs were structured shows its sentences', () => {
    expect(needRows({ tier: 'gold', composite: 3, needs: ['one more thing'] })).toEqual([
      { what: 'One more thing', current: null, required: null, text: 'one more thing' },
    ]);
  });
});
