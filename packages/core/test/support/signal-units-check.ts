/**
 * What every signal's drill-down must satisfy (docs/metrics.md, "Drill-down"): the units are in the
 * signal's order and their own figures add up to the value and its basis. Returns the problems, so
 * a test over many signals names each one that fails.
 */
import type { SignalUnit } from '../../src/domain/signal-units.ts';
import { median } from '../../src/domain/statistics.ts';

/** The JSON form (report) and the domain's are the same shape. */
type Unit = SignalUnit;
interface Signal {
  metric: string;
  value: number | null;
  basis: string;
  sample: number | null;
  units?: Unit[];
}

/** Ratios of summed counts: each partner brings its own numerator and denominator. */
const SUM_RATIOS = ['qbr_completion', 'registered_deal_share', 'meetings_held_share'];

const rank = (u: Unit) => (!u.counted ? 3 : u.passes === false ? 0 : u.passes === null ? 1 : 2);
/** Equal up to the report JSON's rounding (four decimals). */
const close = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 5e-5 * Math.max(1, Math.abs(b));

export const unitProblems = (s: Signal, context: { companyRevenue?: number | null }): string[] => {
  const problems: string[] = [];
  const say = (what: string) => problems.push(`${s.metric}: ${what}`);
  const units = s.units;
  if (!units) return [`${s.metric}: no units`];
  if (!units.every((u, i) => i === 0 || rank(units[i - 1]!) <= rank(u))) say('units out of order');
  const counted = units.filter((u) => u.counted);
  const sumOf = (f: (u: Unit) => number) => counted.reduce((a, u) => a + f(u), 0);
  const ofBasis = /^(\d+) of (\d+) /.exec(s.basis);
  if (s.metric === 'target_market_coverage') {
    if (!ofBasis) return [`${s.metric}: basis "${s.basis}"`];
    if (counted.filter((u) => u.passes).length !== Number(ofBasis[1])) say('covered markets ≠ basis');
    if (units.length !== Number(ofBasis[2])) say('markets ≠ basis');
  } else if (ofBasis && SUM_RATIOS.includes(s.metric)) {
    // A ratio of sums: numerators and denominators add up.
    if (sumOf((u) => u.value ?? Number.NaN) !== Number(ofBasis[1])) say(`Σ value ≠ ${ofBasis[1]}`);
    if (sumOf((u) => u.of ?? Number.NaN) !== Number(ofBasis[2])) say(`Σ of ≠ ${ofBasis[2]}`);
    if (counted.some((u) => u.passes !== u.value! >= u.of!)) say('passes ≠ value ≥ of');
    if (!close(s.value, ofBasis[2] === '0' ? null : Number(ofBasis[1]) / Number(ofBasis[2]))) say('value');
  } else if (ofBasis) {
    // A share of partners: every partner counted, those meeting the condition pass.
    if (counted.length !== Number(ofBasis[2])) say(`counted ${counted.length} ≠ ${ofBasis[2]}`);
    if (counted.filter((u) => u.passes).length !== Number(ofBasis[1])) say(`passing ≠ ${ofBasis[1]}`);
    if (counted.length !== units.length) say('a share leaves a partner out');
  } else if (s.metric === 'median_time_to_first_deal_days') {
    if (!close(median(counted.map((u) => u.value!)), s.value)) say('median of the units ≠ value');
    if (counted.length !== s.sample) say('counted ≠ sample');
  } else if (s.metric.endsWith('_score') || s.metric === 'satisfaction_mean') {
    const mean = counted.length ? sumOf((u) => u.value!) / counted.length : null;
    if (!close(mean, s.value)) say('mean of the units ≠ value');
    if (counted.length !== s.sample) say('counted ≠ sample');
  } else if (s.metric === 'co_innovation_count') {
    if (sumOf((u) => u.value!) !== s.value) say('Σ value ≠ value');
  } else if (s.metric === 'partner_revenue_share') {
    const share = context.companyRevenue ? sumOf((u) => u.value!) / context.companyRevenue : null;
    if (!close(share, s.value)) say('Σ partner-sourced revenue ÷ company revenue ≠ value');
  } else say(`no rule for basis "${s.basis}"`);
  return problems;
};
