/** The six kinds of record the canonical CSV import accepts, one file per kind. */
export const entityNames = [
  'partners',
  'people',
  'opportunities',
  'activities',
  'surveys',
  'meetings',
] as const;

export type EntityName = (typeof entityNames)[number];
