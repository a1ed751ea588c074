/**
 * Pass band validity: do partners that score higher on readiness go on to do better? Spearman's ρ
 * between each partner's readiness composite at a scoring and an outcome measured after it (win
 * rate, CSAT), with n and a two-sided p-value. SQL delivers one row per partner; a partner without
 * the later outcome yet is left out, and too little data is "not measurable" with its reason,
 * never a number. Definition: docs/governance.md#pass-band-validity.
 */
import {
  MIN_CORRELATION_PAIRS,
  type NotMeasurable,
  type RankCorrelation,
  spearman,
} from './rank-correlation.ts';

/** The later outcomes validity is measured against (ids as in the tier policy's outcome signals). */
export const validityOutcomes = ['win_rate', 'csat'] as const;
export type ValidityOutcome = (typeof validityOutcomes)[number];

export interface ScoredOutcome {
  partnerId: string;
  /** Readiness composite 0–100 at the scoring. */
  composite: number;
  /** The outcome after the scoring; null when the partner has none yet. */
  outcome: number | null;
}

export type PassBandUnmeasurable = 'too-few-partners' | 'composites-all-equal' | 'outcomes-all-equal';

export type PassBandValidity = { outcome: ValidityOutcome } & (
  | RankCorrelation
  | (NotMeasurable<PassBandUnmeasurable> & { message: string })
);

const outcomeWords: Record<ValidityOutcome, string> = { win_rate: 'win rate', csat: 'CSAT' };

const why = (reason: PassBandUnmeasurable, outcome: ValidityOutcome, n: number): string => {
  const later = outcomeWords[outcome];
  switch (reason) {
    case 'too-few-partners':
      return `${n} partner(s) have a composite and a later ${later}; at least ${MIN_CORRELATION_PAIRS} are needed`;
    case 'composites-all-equal':
      return `all ${n} partners have the same composite, so there is no order to compare with ${later}`;
    case 'outcomes-all-equal':
      return `all ${n} partners have the same ${later}, so there is no order to compare with the composite`;
  }
};

const reasons = {
  'too-few-pairs': 'too-few-partners',
  'constant-first': 'composites-all-equal',
  'constant-second': 'outcomes-all-equal',
} as const satisfies Record<string, PassBandUnmeasurable>;

export const passBandValidity = (
  outcome: ValidityOutcome,
  rows: readonly ScoredOutcome[],
): PassBandValidity => {
  const pairs = rows.flatMap((r) => (r.outcome === null ? [] : [[r.composite, r.outcome] as const]));
  const result = spearman(pairs);
  if (result.measurable) return { outcome, ...result };
  const reason = reasons[result.reason];
  return { outcome, measurable: false, n: result.n, reason, message: why(reason, outcome, result.n) };
};
