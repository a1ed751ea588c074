import { dateColumn, enumColumn, longTextColumn, textColumn } from './column-builders.ts';
import { definePartnerOwned } from './define-entity.ts';

export const activityKinds = [
  'portal_login',
  'training_completed',
  'deal_registration',
  'enablement_session',
  'co_marketing',
  'co_innovation',
  'support_ticket',
  'content_download',
  'certification',
] as const;

/** person_external_id is kept as given; it is not checked against the people table. */
export const activitiesDefinition = definePartnerOwned('activities', 'activities', [
  enumColumn('kind', activityKinds),
  dateColumn('occurred_on', 'required'),
  textColumn('person_external_id'),
  longTextColumn('detail'),
]);
