import { recordKindNames } from '@trellis/contracts';

/** The ten kinds of record a program's data is made of, in reference order (partners first). */
export const recordKinds = recordKindNames;

export type RecordKind = (typeof recordKinds)[number];

/** What an org holds of one kind: how many records, and the span of their dates. */
export interface KindCoverage {
  rows: number;
  /** Earliest and latest date of the kind's own date (joined, created, occurred …), or null. */
  from: string | null;
  to: string | null;
  /** The newest date on or before the as-of date (null without one, or when none was asked). */
  newest: string | null;
}

export type DataCoverage = Record<RecordKind, KindCoverage>;

/**
 * What of partner readiness reads each kind (the program criteria each kind feeds are in
 * signal-sources.ts); empty where partner readiness does not read it.
 */
export const readinessUses: Record<RecordKind, string> = {
  partners: 'every partner score',
  people: 'skills and capacity (qualified people)',
  opportunities: 'capacity (open deals)',
  activities: '',
  surveys: '',
  meetings: '',
  evaluations: 'skills (competency levels)',
  evidence: '',
  projects: 'capacity (active projects) and outcomes (CSAT, defects, time to live)',
  references: 'tier gates (verified references)',
};
