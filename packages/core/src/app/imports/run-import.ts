/**
 * Runs a planned import, whoever asked: the jobs worker for an upload, the CLI for a file. The same
 * checks, the same all-or-nothing merge and the same audit entry (actor "cli" from the terminal), in
 * the import's own transaction.
 */

import { recordAudit } from '../../db/queries/audit-log.ts';
import type { Database } from '../../db/sql-client.ts';
import type { Audience } from '../../importers/audience.ts';
import type { CsvSource } from '../../importers/csv-source.ts';
import { type ImportResult, importCsv } from '../../importers/import-csv.ts';
import type { ImportProgress } from '../../importers/stage-file.ts';
import type { Caller } from '../accounts/caller.ts';
import type { ImportPlan } from './plan-import.ts';

export interface RunImportInput {
  plan: ImportPlan;
  source: CsvSource;
  /** Stop reading after this many problems (default: read everything). */
  maxErrors?: number;
  onProgress?: (p: ImportProgress) => void;
  /** Who reads the notices (the CLI's options or the web app's words). */
  audience?: Audience;
  /** The job this import runs as, for the audit entry. */
  job?: string;
}

export const runImportUseCase = (
  db: Database,
  caller: Caller,
  { plan, source, ...opts }: RunImportInput,
): Promise<ImportResult> =>
  importCsv(db, caller.orgId, plan.entity, source, {
    dryRun: plan.dryRun,
    mapping: plan.mapping,
    dateOrder: plan.dateOrder,
    sheet: plan.sheet,
    maxErrors: opts.maxErrors,
    onProgress: opts.onProgress,
    audience: opts.audience,
    actor: caller.label,
    inTransaction: (tx, r) =>
      recordAudit(tx, caller.orgId, caller, {
        action: 'import',
        entity: plan.entity,
        after: {
          file: source.name,
          rows: r.rows,
          inserted: r.inserted,
          updated: r.updated,
          mapping: plan.mapping?.name ?? null,
          job: opts.job ?? null,
        },
      }),
  });
