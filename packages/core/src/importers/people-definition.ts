import { parseEmail } from './cell-parsers.ts';
import { booleanColumn, column, dateColumn, enumColumn, textColumn } from './column-builders.ts';
import { definePartnerOwned } from './define-entity.ts';
import { notBefore } from './row-rules.ts';

export const personRoles = ['sales', 'solutions', 'implementation', 'admin', 'executive', 'other'] as const;

export const peopleDefinition = definePartnerOwned(
  'people',
  'partner_people',
  [
    textColumn('name', 'required'),
    column('email', 'text', parseEmail, 'optional'),
    enumColumn('role', personRoles),
    booleanColumn('is_champion', false),
    dateColumn('started_on'),
    dateColumn('left_on'),
  ],
  { checkRow: (row) => notBefore(row, 'left_on', 'started_on') },
);
