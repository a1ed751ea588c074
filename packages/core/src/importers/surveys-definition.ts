import { parseScore } from './cell-parsers.ts';
import { column, dateColumn, longTextColumn } from './column-builders.ts';
import { definePartnerOwned } from './define-entity.ts';
import type { RowProblem, RowValues } from './entity-definition.ts';

export const surveyScores = ['satisfaction', 'training', 'resources', 'support'] as const;

/** A response has at least one score (a rejected score cell already has its own problem). */
const checkAnyScore = (row: RowValues): RowProblem[] =>
  surveyScores.every((name) => row[name] === null)
    ? [{ column: surveyScores.join('|'), reason: `at least one of ${surveyScores.join(', ')} is required` }]
    : [];

export const surveysDefinition = definePartnerOwned(
  'surveys',
  'surveys',
  [
    dateColumn('responded_on', 'required'),
    ...surveyScores.map((name) => column(name, 'numeric', parseScore, 'optional')),
    longTextColumn('comment'),
  ],
  { checkRow: checkAnyScore },
);
