/** The ten kinds of record the canonical CSV import accepts, one file per kind, in reference order. */
export const entityNames = [
  'partners',
  'people',
  'opportunities',
  'activities',
  'surveys',
  'meetings',
  'evaluations',
  'evidence',
  'projects',
  'references',
] as const;

export type EntityName = (typeof entityNames)[number];
