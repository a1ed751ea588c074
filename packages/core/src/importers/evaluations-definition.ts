import { type CellParser, Invalid } from './cell-parsers.ts';
import { booleanColumn, column, dateColumn, integerColumn, textColumn } from './column-builders.ts';
import { rubricOf, unknownCompetency } from './competency-rubrics.ts';
import { definePartnerOwned } from './define-entity.ts';
import type { ColumnDefinition, RowProblem, RowValues } from './entity-definition.ts';
import { strictlyAfter } from './row-rules.ts';

/** A version of the partner-competency framework that exists. */
const parseRubricVersion: CellParser = (raw) => {
  const rubric = rubricOf(raw);
  return rubric instanceof Invalid ? rubric : raw;
};

/** The competency must be one of the rubric's; an evaluation must not expire the day it is made. */
const checkEvaluation = (row: RowValues): RowProblem[] => {
  const { competency, rubric_version: version } = row;
  const problems: RowProblem[] = [];
  if (typeof competency === 'string' && typeof version === 'string') {
    const rubric = rubricOf(version);
    if (!(rubric instanceof Invalid) && !rubric.competencies.has(competency)) {
      problems.push({ column: 'competency', reason: unknownCompetency(competency, version, rubric) });
    }
  }
  problems.push(
    ...strictlyAfter(row, 'expires_on', 'evaluated_on', 'the evaluation would be expired when made'),
  );
  return problems;
};

/** `person_external_id`: a person of the same org and of the row's partner, stored as `person_id`. */
const personReferenceColumn: ColumnDefinition = {
  ...textColumn('person_external_id', 'required'),
  references: { table: 'partner_people', as: 'person_id', label: 'person', sameOwner: 'partner_external_id' },
};

export const evaluationsDefinition = definePartnerOwned(
  'evaluations',
  'evaluations',
  [
    personReferenceColumn,
    textColumn('competency', 'required'),
    integerColumn('level', 1, 4, 'required', 'smallint'),
    textColumn('assessor', 'required'),
    column('rubric_version', 'text', parseRubricVersion, 'required'),
    dateColumn('evaluated_on', 'required'),
    dateColumn('expires_on'),
    booleanColumn('proctored', false),
  ],
  { checkRow: checkEvaluation },
);
