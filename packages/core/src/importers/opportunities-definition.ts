import { decimal } from './cell-parsers.ts';
import {
  booleanColumn,
  column,
  dateColumn,
  enumColumn,
  nullableBooleanColumn,
  textColumn,
} from './column-builders.ts';
import { definePartnerOwned } from './define-entity.ts';
import type { RowProblem, RowValues } from './entity-definition.ts';
import { notBefore } from './row-rules.ts';

export const opportunityStages = ['open', 'won', 'lost'] as const;

/** closed_on is required for won/lost, empty for open, and never before created_on. */
const checkClosing = (row: RowValues): RowProblem[] => {
  const { stage, closed_on: closed } = row;
  if (stage === undefined || closed === undefined) return [];
  if (stage === 'open' && closed !== null)
    return [{ column: 'closed_on', reason: 'must be empty while stage is open' }];
  if (stage !== 'open' && closed === null)
    return [{ column: 'closed_on', reason: `is required when stage is ${stage}` }];
  return notBefore(row, 'closed_on', 'created_on');
};

export const opportunitiesDefinition = definePartnerOwned(
  'opportunities',
  'opportunities',
  [
    textColumn('name'),
    column('amount', 'numeric', decimal(2, 14), 'required'),
    enumColumn('stage', opportunityStages),
    dateColumn('created_on', 'required'),
    dateColumn('closed_on'),
    booleanColumn('sourced_by_partner'),
    // Unknown, not false, when the export has no registration column or leaves the cell empty:
    // registered_deal_share counts only known values (docs/import-format.md#opportunities).
    nullableBooleanColumn('registered'),
    textColumn('region'),
    textColumn('segment'),
  ],
  { checkRow: checkClosing },
);
