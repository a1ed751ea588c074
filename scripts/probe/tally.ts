/**
 * How the probe counts: each tried request (or output check) ends in one verdict. A request that
 * gets no answer within HANG_MS is a hang; a 5xx (or the probe's child process dying) is a crash; a
 * 2xx where a refusal was due is wrongly accepted; a refusal that changed stored data is a partial
 * write; any other answer that is not the expected one is unexpected (listed, and failing too).
 */
export const HANG_MS = 10_000;

export const verdicts = [
  'correct',
  'crash',
  'hang',
  'partial-write',
  'wrongly-accepted',
  'unsafe-output',
  'unexpected',
] as const;
export type Verdict = (typeof verdicts)[number];

export interface Finding {
  verdict: Exclude<Verdict, 'correct'>;
  /** What was tried, e.g. "viewer POST /api/v1/orgs/demo/partners". */
  what: string;
  expected: string;
  status?: number;
  /** The start of the answer's body, or what the check saw. */
  got?: string;
}

export interface CategoryResult {
  category: string;
  tried: number;
  counts: Record<Verdict, number>;
  findings: Finding[];
  notes: string[];
  ms: number;
}

export class Tally {
  readonly result: CategoryResult;
  constructor(category: string) {
    const counts = Object.fromEntries(verdicts.map((v) => [v, 0])) as Record<Verdict, number>;
    this.result = { category, tried: 0, counts, findings: [], notes: [], ms: 0 };
  }

  /** Counts one tried thing; a verdict other than correct is kept as a finding. */
  record(verdict: Verdict, finding: Omit<Finding, 'verdict'>): void {
    this.result.tried++;
    this.result.counts[verdict]++;
    if (verdict !== 'correct') this.result.findings.push({ verdict, ...finding });
  }

  note(text: string): void {
    this.result.notes.push(text);
  }
}

/** Whether a category's counts fail the probe. */
export const failing = (r: CategoryResult): boolean =>
  verdicts.some((v) => v !== 'correct' && r.counts[v] > 0);
