import type { OutcomesComparison, ProgramHistory, ProgramReport, ReadinessReport } from '@trellis/contracts';

/** What a program document is made from: the stored report, which assessment it is, and the one before it. */
export interface ProgramDocumentInput {
  report: ProgramReport;
  org: string;
  assessment: { number: number; status: 'draft' | 'final' };
  /** The assessment compared with (the trend); none for the first one. */
  previous?: { report: ProgramReport; number: number };
  /** The partner readiness scoring on or before the as-of date (its summary), if there is one. */
  readiness?: Omit<ReadinessReport, 'partners'>;
  /**
   * The program over quarters up to the as-of date (nothing later), and the outcomes between the
   * assessment before (else two quarters before) and this one.
   */
  history?: Pick<ProgramHistory, 'assessments' | 'scorings'> & { outcomes?: OutcomesComparison };
  /** Rows imported or changed per kind after the assessment was made. */
  importedSince?: { entity: string; rows: number }[];
}

export type Criterion = ProgramReport['scorecard'][number]['criteria'][number];

/** Every criterion with the dimension it belongs to. */
export const criteriaOf = (r: ProgramReport) =>
  r.scorecard.flatMap((d) => d.criteria.map((c) => ({ ...c, dimension: d.dimension })));
