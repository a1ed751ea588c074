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
  /** Unrounded mean (for arithmetic) and the displayed value with its band; null = not assessed. */
  exact: number | null;
  score: number | null;
  band: string;
  /** The displayed score had every disputed claim been replaced by the data's suggestion. */
  scoreOnData: number | null;
  findings: Finding[];
  criteria: CriterionScore[];
}

export interface Overall {
  exact: number;
  score: number;
  band: string;
}

/** The band of a dimension none of whose criteria has a score (docs/metrics.md#not-measured). */
export const NOT_ASSESSED = 'Not assessed';

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
  if (c.final === null && c.missingData.length)
    text = `${c.text}: not measured: import ${c.missingData.join(' and ')} to measure this`;
  // Records exist but none can say (every registration unknown, no survey answered): its basis says why.
  else if (c.final === null && c.signal?.value === null)
    text = `${c.text}: not measured (${c.signal.basis}); no assessor score`;
  else if (c.final === null) text = `${c.text}: not assessed (no data, no assessor score)`;
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
    const exact = mean(finals);
    const score = exact === null ? null : roundHalfUp1(exact);
    const onData = own
      .map((c) => (c.claimedVsObserved ? c.suggested : c.final))
      .filter((x): x is number => x !== null);
    const scoreOnData = mean(onData);
    return {
      id: d.id,
      dimension: d.name,
      weight: d.weight,
      exact,
      score,
      band: score === null ? NOT_ASSESSED : bandOf(framework.bands, score).name,
      scoreOnData: scoreOnData === null ? null : roundHalfUp1(scoreOnData),
      findings: pickFindings(own),
      criteria: own,
    };
  });

/** The weighted mean of the assessed dimensions (a dimension with no score is left out, not counted as 1). */
export const overallScore = (framework: ProgramFramework, dims: DimensionScore[]): Overall => {
  const assessed = dims.filter((d) => d.exact !== null);
  const totalWeight = assessed.reduce((a, d) => a + d.weight, 0);
  // With no dimension assessed there is no maturity to state: the use-case refuses before this (1 is never shown).
  const exact = totalWeight > 0 ? assessed.reduce((a, d) => a + d.exact! * d.weight, 0) / totalWeight : 1;
  const score = roundHalfUp1(exact);
  return { exact, score, band: bandOf(framework.bands, score).name };
};
