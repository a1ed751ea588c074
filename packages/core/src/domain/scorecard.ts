/**
 * Dimension scorecard and overall maturity (docs/metrics.md#dimension-and-overall-scores): dimension
 * = mean of its assessed criteria, overall = weighted mean of dimensions; displayed to one decimal,
 * half up, with the band read from the displayed value (docs/metrics.md#scores-and-rounding).
 */
import type { CriterionScore } from './criterion-scores.ts';
import type { ProgramFramework } from './program-framework.ts';
import { formatSignalValue } from './program-signals.ts';
import { bandOf, roundHalfUp1 } from './rounding.ts';
import { mean } from './statistics.ts';

export interface Finding {
  criterion: string;
  score: number | null;
  text: string;
  signal: {
    metric: string;
    value: number | null;
    display: string;
    basis: string;
    sample: number | null;
  } | null;
}

export interface DimensionScore {
  id: string;
  dimension: string;
  weight: number;
  /** Unrounded mean (for arithmetic) and the displayed value with its band. */
  exact: number;
  score: number;
  band: string;
  /** The displayed score had every disputed claim been replaced by the data's suggestion. */
  scoreOnData: number;
  findings: Finding[];
  criteria: CriterionScore[];
}

export interface Overall {
  exact: number;
  score: number;
  band: string;
}

/** With no assessable criterion a dimension sits at the floor of the scale: no evidence. */
const NO_EVIDENCE_SCORE = 1;

export const describeCriterion = (c: CriterionScore): Finding => {
  const signal = c.signal
    ? {
        metric: c.signal.metric,
        value: c.signal.value,
        display: formatSignalValue(c.signal),
        basis: c.signal.basis,
        sample: c.signal.sample,
      }
    : null;
  const small = c.smallSample ? `; small sample (n=${c.signal!.sample})` : '';
  const observed = signal ? `${signal.display} (${signal.basis}${small})` : null;
  let text: string;
  if (c.final === null) text = `${c.text}: not assessed (no data, no assessor score)`;
  else if (c.claimedVsObserved) {
    text = `${c.text}: claimed ${c.manual!.score}/5 vs observed ${c.suggested}/5 — ${observed}`;
  } else if (c.source === 'manual') {
    text = `${c.text}: ${c.final}/5 — assessor: ${c.manual!.reason}${observed ? `; data: ${observed}` : ''}`;
  } else text = `${c.text}: ${c.final}/5 — ${observed}`;
  return { criterion: c.id, score: c.final, text, signal };
};

/**
 * The weakest criterion always; then a claim the data disputes if there is one, else the strongest
 * criterion if it scores differently. Signal-backed criteria win ties.
 */
const pickFindings = (criteria: CriterionScore[]): Finding[] => {
  const scored = criteria.filter((c) => c.final !== null);
  if (!scored.length) return criteria.slice(0, 1).map(describeCriterion);
  const bySignalFirst = (a: CriterionScore, b: CriterionScore) => Number(!!b.signal) - Number(!!a.signal);
  const weakest = [...scored].sort((a, b) => a.final! - b.final! || bySignalFirst(a, b))[0]!;
  const disputed = scored.find((c) => c.claimedVsObserved && c !== weakest);
  const strongest = [...scored].sort((a, b) => b.final! - a.final! || bySignalFirst(a, b))[0]!;
  const second = disputed ?? (strongest.final !== weakest.final ? strongest : undefined);
  return (second ? [weakest, second] : [weakest]).map(describeCriterion);
};

export const buildScorecard = (framework: ProgramFramework, criteria: CriterionScore[]): DimensionScore[] =>
  framework.dimensions.map((d) => {
    const own = criteria.filter((c) => c.dimension === d.id);
    const finals = own.map((c) => c.final).filter((x): x is number => x !== null);
    const exact = mean(finals) ?? NO_EVIDENCE_SCORE;
    const score = roundHalfUp1(exact);
    const onData = own
      .map((c) => (c.claimedVsObserved ? c.suggested : c.final))
      .filter((x): x is number => x !== null);
    return {
      id: d.id,
      dimension: d.name,
      weight: d.weight,
      exact,
      score,
      band: bandOf(framework.bands, score).name,
      scoreOnData: roundHalfUp1(mean(onData) ?? NO_EVIDENCE_SCORE),
      findings: pickFindings(own),
      criteria: own,
    };
  });

export const overallScore = (framework: ProgramFramework, dims: DimensionScore[]): Overall => {
  const totalWeight = dims.reduce((a, d) => a + d.weight, 0);
  const exact = dims.reduce((a, d) => a + d.exact * d.weight, 0) / totalWeight;
  const score = roundHalfUp1(exact);
  return { exact, score, band: bandOf(framework.bands, score).name };
};
