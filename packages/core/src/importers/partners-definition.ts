import { dateColumn, enumColumn, textColumn } from './column-builders.ts';
import { defineEntity } from './define-entity.ts';
import { recordPartnerHistory } from './partner-history.ts';

export const partnerTypes = ['strategic', 'channel', 'technology', 'referral'] as const;
export const partnerLifecycles = ['onboarding', 'active', 'retired'] as const;

export const partnersDefinition = defineEntity(
  'partners',
  'partners',
  [
    textColumn('name', 'required'),
    enumColumn('type', partnerTypes),
    textColumn('tier'),
    textColumn('region'),
    textColumn('segment'),
    dateColumn('joined_on', 'required'),
    enumColumn('lifecycle', partnerLifecycles),
    textColumn('executive_sponsor'),
    textColumn('owner'),
    // The day this row's changed tier, lifecycle, sponsor or manager took effect (else the import's).
    { ...dateColumn('valid_from'), stageOnly: true },
  ],
  { afterMerge: recordPartnerHistory },
);
