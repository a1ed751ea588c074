/**
 * Outcomes between two dates — the seed's "within two quarters partners cut time-to-live by 24% and
 * improved CSAT by 9 points" as a statement Trellis computes (docs/metrics.md, "Quarter over
 * quarter"). Each date T reads the delivery projects that went live in a window (T − w, T]; the two
 * windows are compared: time to live (start → go-live, days), CSAT (0–10), renewal and expansion.
 */
import { formatDate, formatPercent, formatScore, plural } from '@trellis/contracts';
import { ratio } from './statistics.ts';

/** One partner's projects that went live in a window, as SQL sums them (exact program means). */
export interface OutcomeWindowRow {
  externalId: string;
  name: string;
  projects: number;
  timeToLiveDaysSum: number;
  csatN: number;
  csatSum: number;
  renewedN: number;
  renewedYes: number;
  expandedN: number;
  expandedYes: number;
}

export interface OutcomeFigures {
  asOf: string;
  /** The window is (from, asOf]. */
  from: string;
  projects: number;
  partners: number;
  timeToLiveDays: number | null;
  csat: number | null;
  csatN: number;
  renewalRate: number | null;
  renewalN: number;
  expansionRate: number | null;
  expansionN: number;
}

const sumOf = (rows: OutcomeWindowRow[], k: keyof OutcomeWindowRow) =>
  rows.reduce((a, r) => a + (r[k] as number), 0);

export const outcomeFigures = (rows: OutcomeWindowRow[], from: string, asOf: string): OutcomeFigures => {
  const projects = sumOf(rows, 'projects');
  const csatN = sumOf(rows, 'csatN');
  const renewalN = sumOf(rows, 'renewedN');
  const expansionN = sumOf(rows, 'expandedN');
  return {
    asOf,
    from,
    projects,
    partners: rows.filter((r) => r.projects > 0).length,
    timeToLiveDays: ratio(sumOf(rows, 'timeToLiveDaysSum'), projects),
    csat: ratio(sumOf(rows, 'csatSum'), csatN),
    csatN,
    renewalRate: ratio(sumOf(rows, 'renewedYes'), renewalN),
    renewalN,
    expansionRate: ratio(sumOf(rows, 'expandedYes'), expansionN),
    expansionN,
  };
};

export interface OutcomeChange {
  /** Days (after − before) and the relative change (−0.24: cut by 24%). */
  timeToLive: { days: number; share: number | null } | null;
  /** Points on the 0–10 scale and the relative change. */
  csat: { points: number; share: number | null } | null;
  /** Percentage points (0–1 scale). */
  renewalRate: { points: number } | null;
  expansionRate: { points: number } | null;
  /** The seed's sentence, computed: what moved, by how much, between which dates. */
  statement: string;
}

const delta = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
const rel = (a: number | null, b: number | null) =>
  a === null || b === null || a === 0 ? null : (b - a) / a;

/** Fewer projects than this in a window: the figure is marked as a small sample. */
export const OUTCOME_MIN_SAMPLE = 5;

/** `who`: whom the statement is about ("partners", "partners who went through remediation"). */
export const compareOutcomes = (
  before: OutcomeFigures,
  after: OutcomeFigures,
  who = 'partners',
): OutcomeChange => {
  const ttl = delta(before.timeToLiveDays, after.timeToLiveDays);
  const csat = delta(before.csat, after.csat);
  const renewal = delta(before.renewalRate, after.renewalRate);
  const expansion = delta(before.expansionRate, after.expansionRate);
  const parts: string[] = [];
  if (ttl !== null) {
    const share = rel(before.timeToLiveDays, after.timeToLiveDays);
    const by = share === null ? plural(Math.round(Math.abs(ttl)), 'day') : formatPercent(Math.abs(share));
    parts.push(
      Math.round(ttl) === 0
        ? `kept time-to-live at ${plural(Math.round(after.timeToLiveDays!), 'day')}`
        : `${ttl < 0 ? 'cut' : 'lengthened'} time-to-live by ${by} (${Math.round(before.timeToLiveDays!)} → ${plural(Math.round(after.timeToLiveDays!), 'day')})`,
    );
  }
  if (csat !== null)
    parts.push(
      Math.abs(csat) < 0.05
        ? `kept CSAT at ${formatScore(after.csat!)}`
        : `${csat > 0 ? 'improved' : 'lowered'} CSAT by ${formatScore(Math.abs(csat))} ${Math.abs(csat) >= 0.95 && Math.abs(csat) < 1.05 ? 'point' : 'points'} (${formatScore(before.csat!)} → ${formatScore(after.csat!)} of 10)`,
    );
  const rate = (label: string, d: number | null, a: number | null, b: number | null) =>
    d === null ? [] : [`${label} ${formatPercent(a!)} → ${formatPercent(b!)}`];
  const rates = [
    ...rate('renewal', renewal, before.renewalRate, after.renewalRate),
    ...rate('expansion', expansion, before.expansionRate, after.expansionRate),
  ];
  const span = `Between ${formatDate(before.asOf)} and ${formatDate(after.asOf)}`;
  const small = [before, after].some((f) => f.projects > 0 && f.projects < OUTCOME_MIN_SAMPLE)
    ? ` Small sample: ${plural(before.projects, 'project')} then, ${plural(after.projects, 'project')} now.`
    : '';
  const statement =
    before.projects === 0 || after.projects === 0
      ? `${span}: no comparison${who === 'partners' ? '' : ` for ${who}`} — ${before.projects === 0 ? `no project went live in the window to ${formatDate(before.asOf)}` : `no project went live in the window to ${formatDate(after.asOf)}`}.`
      : `${span}, ${who} ${parts.join(' and ') || 'recorded no comparable outcome'}${rates.length ? `; ${rates.join(', ')}` : ''}.${small}`;
  return {
    timeToLive: ttl === null ? null : { days: ttl, share: rel(before.timeToLiveDays, after.timeToLiveDays) },
    csat: csat === null ? null : { points: csat, share: rel(before.csat, after.csat) },
    renewalRate: renewal === null ? null : { points: renewal },
    expansionRate: expansion === null ? null : { points: expansion },
    statement,
  };
};
