import { recordKindNames } from '@trellis/contracts';

/** The ten kinds of record the canonical CSV import accepts, one file per kind, in reference order. */
export const entityNames = recordKindNames;

export type EntityName = (typeof entityNames)[number];
