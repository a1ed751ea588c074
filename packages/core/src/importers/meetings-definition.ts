import { dateColumn, enumColumn, longTextColumn } from './column-builders.ts';
import { definePartnerOwned } from './define-entity.ts';

export const meetingKinds = ['qbr', 'ops_sync', 'executive_review'] as const;

/** held_on empty = not held (yet). */
export const meetingsDefinition = definePartnerOwned('meetings', 'meetings', [
  enumColumn('kind', meetingKinds),
  dateColumn('scheduled_on', 'required'),
  dateColumn('held_on'),
  longTextColumn('notes'),
]);
