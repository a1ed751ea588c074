import { describe, expect, it } from 'vitest';
import type { AuditedItem } from './overturn-rates.ts';
import { overturnRates } from './overturn-rates.ts';

const at = (assessor: string, competency: string, outcome: AuditedItem['outcome']): AuditedItem => ({
  assessor,
  competency,
  outcome,
});

describe('overturnRates', () => {
  it('counts audited, upheld, overturned and pending per assessor and competency; rate = overturned / audited', () => {
    const items = [
      at('Bea', 'sales.discovery', 'overturned'),
      at('Bea', 'sales.discovery', 'upheld'),
      at('Bea', 'solutions.architecture', 'upheld'),
      at('Bea', 'solutions.architecture', null),
      at('Ari', 'sales.discovery', 'overturned'),
      at('Ari', 'solutions.architecture', null),
    ];
    const r = overturnRates(items);
    expect(r.overall).toEqual({ n: 6, audited: 4, upheld: 2, overturned: 2, pending: 2, rate: 0.5 });
    expect(r.byAssessor).toEqual([
      { key: 'Ari', n: 2, audited: 1, upheld: 0, overturned: 1, pending: 1, rate: 1 },
      { key: 'Bea', n: 4, audited: 3, upheld: 2, overturned: 1, pending: 1, rate: 1 / 3 },
    ]);
    expect(r.byCompetency).toEqual([
      { key: 'sales.discovery', n: 3, audited: 3, upheld: 1, overturned: 2, pending: 0, rate: 2 / 3 },
      { key: 'solutions.architecture', n: 3, audited: 1, upheld: 1, overturned: 0, pending: 2, rate: 0 },
    ]);
  });

  it('has no rate while nothing is decided', () => {
    expect(overturnRates([at('Bea', 'x', null)]).overall.rate).toBeNull();
    expect(overturnRates([]).byAssessor).toEqual([]);
  });
});
