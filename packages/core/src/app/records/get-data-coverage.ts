/**
 * Use-case: what the org holds of each of the ten kinds of record — how many, their date span — and
 * what each feeds: the program criteria whose signals read it and the parts of partner readiness.
 */
import { loadDataCoverage } from '../../db/queries/data-coverage.ts';
import type { Database } from '../../db/sql-client.ts';
import type { ProgramFramework } from '../../domain/program-framework.ts';
import { type KindCoverage, type RecordKind, readinessUses, recordKinds } from '../../domain/record-kinds.ts';
import { criteriaFedBy } from '../../domain/signal-sources.ts';
import type { Caller } from '../accounts/caller.ts';

export interface DataCoverageItem extends KindCoverage {
  kind: RecordKind;
  /** Criteria of the framework whose signals read this kind. */
  feeds: string[];
  /** What of partner readiness reads it (empty: nothing). */
  readiness: string;
}

export const getDataCoverageUseCase = async (
  db: Database,
  caller: Caller,
  { framework }: { framework: ProgramFramework },
): Promise<DataCoverageItem[]> => {
  const coverage = await loadDataCoverage(db, caller.orgId);
  return recordKinds.map((kind) => ({
    kind,
    ...coverage[kind],
    feeds: criteriaFedBy(framework, kind),
    readiness: readinessUses[kind],
  }));
};
