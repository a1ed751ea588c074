import { deferred, oneOf, parseSha256, parseUri } from './cell-parsers.ts';
import { column, textColumn } from './column-builders.ts';
import { artifactTypeIds } from './competency-rubrics.ts';
import { defineEntity } from './define-entity.ts';
import type { ColumnDefinition } from './entity-definition.ts';

/** `evaluation_external_id`: an evaluation of the same org, stored as `evaluation_id`. */
const evaluationReferenceColumn: ColumnDefinition = {
  ...textColumn('evaluation_external_id', 'required'),
  references: { table: 'evaluations', as: 'evaluation_id', label: 'evaluation' },
};

/** Artifacts behind evaluations (table `evaluation_evidence`); the types come from framework v1. */
export const evidenceDefinition = defineEntity('evidence', 'evaluation_evidence', [
  evaluationReferenceColumn,
  column(
    'artifact_type',
    'text',
    deferred(() => oneOf(artifactTypeIds())),
    'required',
  ),
  column('uri', 'text', parseUri, 'required'),
  column('sha256', 'text', parseSha256, 'required'),
]);
