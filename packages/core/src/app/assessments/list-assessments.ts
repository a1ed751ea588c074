/** The org's program assessments, newest first, a page at a time (drafts, finals or both). */
import { type AssessmentSummaryRow, listAssessments } from '../../db/queries/assessments.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Caller } from '../accounts/caller.ts';

export type AssessmentSummary = AssessmentSummaryRow;

export interface ListAssessmentsInput {
  limit: number;
  offset: number;
  status?: 'draft' | 'final';
}

export const listAssessmentsUseCase = (db: Database, caller: Caller, input: ListAssessmentsInput) =>
  listAssessments(db, caller.orgId, input);
