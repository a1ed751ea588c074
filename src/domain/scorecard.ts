/**
 * Dimension scorecard and overall maturity (DESIGN.md §3): dimension = mean of its assessed
 * criteria, overall = weighted mean of dimensions; displayed to one decimal, half up, with the
 * band read from the displayed value.
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
  signal: { metric: string; value: number | null; display: string; basis: string } | null;
}

export interface DimensionScore {
  id: string;
  dimension: string;
  weight: number;
  /** Unrounded mean (for arithmetic) and the displayed value with its band. */
  exact: number;
  score: number;
  band: string;
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
      }
    : null;
  const observed = signal ? `${signal.display} (${signal.basis})` : null;
  let text: string;
  if (c.final === null) text = `${c.text}: not assessed (no data, no assessor score)`;
  else if (c.claimedVsObserved) {
    text = `${c.text}: claimed ${c.manual!.score}/5 vs observed ${c.suggested}/5 — ${observed}`;
  } else if (c.source === 'manual') {
    text = `${c.text}: ${c.final}/5 — assessor: ${c.manual!.reason}${observed ? `; data: ${observed}` : ''}`;
  } else text = `${c.text}: ${c.final}/5 — ${observed}`;
  return { criterion: c.id, score: c.final, text, signal };
};

/** The weakest criterion, then the strongest if it scores differently; disputes come first. */
const pickFindings = (criteria: CriterionScore[]): Finding[] => {
  const scored = criteria.filter((c) => c.final !== null);
  if (!scored.length) return criteria.slice(0, 1).map(describeCriterion);
  const bySignalFirst = (a: CriterionScore, b: CriterionScore) => Number(!!b.signal) - Number(!!a.signal);
  const disputed = scored.filter((c) => c.claimedVsObserved);
  const asc = [...scored].sort((a, b) => a.final! - b.final! || bySignalFirst(a, b));
  const weakest = disputed[0] ?? asc[0]!;
  const strongest = [...asc].reverse().sort((a, b) => b.final! - a.final! || bySignalFirst(a, b))[0]!;
  const picks = strongest.final !== weakest.final ? [weakest, strongest] : [weakest];
  return picks.map(describeCriterion);
};

export const buildScorecard = (framework: ProgramFramework, criteria: CriterionScore[]): DimensionScore[] =>
  framework.dimensions.map((d) => {
    const own = criteria.filter((c) => c.dimension === d.id);
    const finals = own.map((c) => c.final).filter((x): x is number => x !== null);
    const exact = mean(finals) ?? NO_EVIDENCE_SCORE;
    const score = roundHalfUp1(exact);
    return {
      id: d.id,
      dimension: d.name,
      weight: d.weight,
      exact,
      score,
      band: bandOf(framework.bands, score).name,
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
