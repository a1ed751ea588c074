/** Reading the data coverage: which kinds are in, which were never imported, what that leaves unmeasured. */
import type { KindCoverage } from './import-api.ts';
import { isRecordKind, RECORD_KINDS } from './record-kinds.ts';

/** The coverage in import order (partners first), whatever order the server sends. */
export const inKindOrder = (items: KindCoverage[]) =>
  [...items].sort(
    (a, b) =>
      (isRecordKind(a.kind) ? RECORD_KINDS.indexOf(a.kind) : 99) -
      (isRecordKind(b.kind) ? RECORD_KINDS.indexOf(b.kind) : 99),
  );

export interface CoverageSummary {
  imported: KindCoverage[];
  missing: KindCoverage[];
  /**
   * Criteria fed only by kinds never imported (each counted once): surely not measured. A criterion
   * that needs two kinds and has one may be unmeasured too; the feeds alone cannot tell.
   */
  unmeasured: string[];
  /** The latest date any record carries. */
  latest: string | null;
}

export const summarise = (items: KindCoverage[]): CoverageSummary => {
  const imported = items.filter((k) => k.rows > 0);
  const missing = items.filter((k) => k.rows === 0);
  // A criterion read from several kinds is measured as soon as one of them is in.
  const measured = new Set(imported.flatMap((k) => k.feeds));
  const unmeasured = [...new Set(missing.flatMap((k) => k.feeds))].filter((c) => !measured.has(c));
  const latest = imported
    .map((k) => k.to)
    .reduce<string | null>((m, d) => (d && (!m || d > m) ? d : m), null);
  return { imported, missing, unmeasured, latest };
};
