/**
 * "Latest" is the latest in time (docs/metrics.md, "Time"): assessments made out of date order —
 * September first, then June — leave September the latest; June compares with nothing earlier,
 * September with June; lists read newest as-of first; documents follow the same rule.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCaller } from '../src/app/accounts/caller.ts';
import { assessProgramUseCase } from '../src/app/assessments/assess-program.ts';
import { loadProgramDocumentInput } from '../src/app/documents/program-document.ts';
import { importSourcesUseCase } from '../src/app/imports/import-sources.ts';
import {
  findPreviousAssessmentNumber,
  listAssessments,
  resolveAssessmentNumber,
} from '../src/db/queries/assessments.ts';
import { readExampleDirectory } from '../src/files/example-directory.ts';
import { loadProgramFramework } from '../src/frameworks/load-framework.ts';
import { openTestDatabase, TEST_ORG, type TestDatabase } from './support/test-database.ts';

let t: TestDatabase;
const made: Record<string, number> = {};

beforeAll(async () => {
  t = await openTestDatabase();
  const example = await readExampleDirectory();
  await importSourcesUseCase(t.db, systemCaller(TEST_ORG), { sources: example.sources });
  const assess = async (asOf: string) =>
    (
      await assessProgramUseCase(t.db, systemCaller(TEST_ORG), {
        brief: example.brief,
        briefName: example.briefName,
        framework: loadProgramFramework('v1'),
        asOf,
        today: '2026-12-05',
      })
    ).assessmentId;
  // Made in this order: September, June (looking back), March, then September again (a redo).
  made.sep = await assess('2026-09-30');
  made.jun = await assess('2026-06-30');
  made.mar = await assess('2026-03-31');
  made.sepRedo = await assess('2026-09-30');
});
afterAll(() => t?.dispose());

describe('latest means latest in time', () => {
  it('`latest` is the greatest as-of date, ties going to the most recently made', async () => {
    expect(await resolveAssessmentNumber(t.db, TEST_ORG, 'latest')).toBe(made.sepRedo);
  });

  it('lists read newest as-of first, and each names the assessment it compares with', async () => {
    const { items } = await listAssessments(t.db, TEST_ORG, { limit: 10, offset: 0 });
    expect(items.map((a) => [a.number, a.asOf, a.previous])).toEqual([
      [made.sepRedo, '2026-09-30', made.jun],
      [made.sep, '2026-09-30', made.jun],
      [made.jun, '2026-06-30', made.mar],
      [made.mar, '2026-03-31', null],
    ]);
  });

  it('"what changed" compares with the previous as-of date, never a later one', async () => {
    expect(await findPreviousAssessmentNumber(t.db, TEST_ORG, made.jun!)).toBe(made.mar);
    expect(await findPreviousAssessmentNumber(t.db, TEST_ORG, made.mar!)).toBeUndefined();
    const latest = await loadProgramDocumentInput(t.db, TEST_ORG, 'latest');
    expect(latest.report.asOf).toBe('2026-09-30');
    expect(latest.previous?.report.asOf).toBe('2026-06-30');
    const june = await loadProgramDocumentInput(t.db, TEST_ORG, made.jun!);
    expect(june.previous?.report.asOf).toBe('2026-03-31');
  });
});
