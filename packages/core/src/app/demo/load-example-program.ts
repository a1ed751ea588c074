/**
 * Use-case: load an example program (records + brief) into an org, score partner readiness for the
 * previous quarter and for the as-of date (so grace periods have a history) and assess the program.
 * The example's brief fixes the as-of date, so the result is reproducible. The doors read the
 * example's files (files/example-directory.ts); this takes their contents.
 */
import type { ReadinessReport } from '@trellis/contracts';
import type { Database } from '../../db/sql-client.ts';
import { addDays } from '../../domain/dates.ts';
import type { ExampleProgram } from '../../files/example-directory.ts';
import { loadProgramFramework } from '../../frameworks/load-framework.ts';
import type { ImportResult } from '../../importers/import-csv.ts';
import type { Caller } from '../accounts/caller.ts';
import { type AssessProgramOutput, assessProgramUseCase } from '../assessments/assess-program.ts';
import { importSourcesUseCase } from '../imports/import-sources.ts';
import { scorePartnersUseCase } from '../readiness/score-partners.ts';

/** Readiness is scored quarterly in the example: the previous period is 92 days earlier. */
const PERIOD_DAYS = 92;

export type { ExampleProgram };

export interface LoadedExample extends AssessProgramOutput {
  imports: ImportResult[];
  readiness: ReadinessReport;
  asOf: string;
}

export const loadExampleProgramUseCase = async (
  db: Database,
  caller: Caller,
  input: { example: ExampleProgram; asOf?: string; today: string },
): Promise<LoadedExample> => {
  const { example } = input;
  const asOf = input.asOf ?? example.brief.asOf ?? input.today;
  const imports = await importSourcesUseCase(db, caller, { sources: example.sources });
  await scorePartnersUseCase(db, caller, { asOf: addDays(asOf, -PERIOD_DAYS) });
  const readiness = await scorePartnersUseCase(db, caller, { asOf });
  const out = await assessProgramUseCase(db, caller, {
    brief: example.brief,
    briefName: example.briefName,
    framework: loadProgramFramework('v1'),
    asOf,
    today: input.today,
  });
  return { ...out, imports, readiness, asOf };
};
