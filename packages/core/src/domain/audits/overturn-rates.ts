/**
 * How often audits overturn an assessor's — or a competency's — passes: for each, the items
 * audited (decided), upheld and overturned, and the overturn rate = overturned ÷ audited (null
 * while nothing is decided). Items still waiting for a decision are counted apart (`pending`).
 */
import type { AuditOutcome } from './audit-outcome.ts';
import { compareIds } from './stratum.ts';

export interface AuditedItem {
  assessor: string;
  competency: string;
  outcome: AuditOutcome | null;
}

export interface OverturnRate {
  /** The assessor's name or the competency's id. */
  key: string;
  /** Items drawn: audited + pending. */
  n: number;
  /** Items decided: the rate's denominator. */
  audited: number;
  upheld: number;
  overturned: number;
  pending: number;
  rate: number | null;
}

export interface OverturnRates {
  overall: Omit<OverturnRate, 'key'>;
  byAssessor: OverturnRate[];
  byCompetency: OverturnRate[];
}

const tally = (items: AuditedItem[]): Omit<OverturnRate, 'key'> => {
  const upheld = items.filter((i) => i.outcome === 'upheld').length;
  const overturned = items.filter((i) => i.outcome === 'overturned').length;
  const audited = upheld + overturned;
  return {
    n: items.length,
    audited,
    upheld,
    overturned,
    pending: items.length - audited,
    rate: audited === 0 ? null : overturned / audited,
  };
};

const ratesBy = (items: AuditedItem[], keyOf: (i: AuditedItem) => string): OverturnRate[] => {
  const groups = new Map<string, AuditedItem[]>();
  for (const i of items) groups.set(keyOf(i), [...(groups.get(keyOf(i)) ?? []), i]);
  return [...groups.entries()]
    .sort(([a], [b]) => compareIds(a, b))
    .map(([key, group]) => ({ key, ...tally(group) }));
};

export const overturnRates = (items: AuditedItem[]): OverturnRates => ({
  overall: tally(items),
  byAssessor: ratesBy(items, (i) => i.assessor),
  byCompetency: ratesBy(items, (i) => i.competency),
});
