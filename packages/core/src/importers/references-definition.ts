import { booleanColumn, dateColumn, textColumn } from './column-builders.ts';
import { definePartnerOwned } from './define-entity.ts';
import { requiredWhen } from './row-rules.ts';

/** Customer references (table `customer_references`); a verified one names who verified it. */
export const referencesDefinition = definePartnerOwned(
  'references',
  'customer_references',
  [
    textColumn('customer', 'required'),
    dateColumn('referenced_on', 'required'),
    booleanColumn('verified'),
    textColumn('verified_by'),
  ],
  { checkRow: (row) => requiredWhen(row, 'verified_by', row.verified === true, 'verified is true') },
);
