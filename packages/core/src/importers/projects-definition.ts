import { MAX_INTEGER, parseScore } from './cell-parsers.ts';
import { column, dateColumn, integerColumn, nullableBooleanColumn, textColumn } from './column-builders.ts';
import { definePartnerOwned } from './define-entity.ts';
import { notBefore } from './row-rules.ts';

/** Customer delivery projects (table `delivery_projects`); empty outcome cells mean "not known". */
export const projectsDefinition = definePartnerOwned(
  'projects',
  'delivery_projects',
  [
    textColumn('customer', 'required'),
    dateColumn('started_on', 'required'),
    dateColumn('planned_live_on', 'required'),
    dateColumn('actual_live_on'),
    column('csat', 'numeric', parseScore, 'optional'),
    integerColumn('defects', 0, MAX_INTEGER),
    nullableBooleanColumn('renewed'),
    nullableBooleanColumn('expanded'),
  ],
  {
    checkRow: (row) => [
      ...notBefore(row, 'planned_live_on', 'started_on'),
      ...notBefore(row, 'actual_live_on', 'started_on'),
    ],
  },
);
