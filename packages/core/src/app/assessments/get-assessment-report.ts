/**
 * The six deliverables as the report JSON contract (`full`), or the dashboard (without the
 * per-partner rows and lists), as JSON text; with the version of the stored assessment, so that a
 * door may cache it (`cached` returns a document it holds for that version, if any).
 */
import { assessmentVersion, findAssessmentJsonText } from '../../db/queries/assessments.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Caller } from '../accounts/caller.ts';
import { type AssessmentRef, assessmentNotFound } from './assessment-ref.ts';

export interface GetAssessmentReportInput {
  ref: AssessmentRef;
  part: 'full' | 'dashboard';
  cached?: (number: number, version: string) => string | undefined;
}

export const getAssessmentReportUseCase = async (
  db: Database,
  caller: Caller,
  { ref, part, cached }: GetAssessmentReportInput,
): Promise<{ number: number; version: string; json: string }> => {
  const v = await assessmentVersion(db, caller.orgId, ref);
  if (!v) throw assessmentNotFound(ref);
  const hit = cached?.(v.number, v.version);
  if (hit !== undefined) return { ...v, json: hit };
  const json = await findAssessmentJsonText(
    db,
    caller.orgId,
    v.number,
    part === 'full' ? 'result' : 'dashboard',
  );
  if (json === undefined) throw assessmentNotFound(ref);
  return { ...v, json };
};
