/**
 * The units behind a signal's value — each partner (or target region and segment) with its own
 * figure — so that "6 of 20" opens to all 20, failing ones first (docs/metrics.md, "Drill-down").
 * Units outside the denominator (a partner with no survey, no QBR due) follow, marked not counted,
 * so the list also says who the value leaves out and why.
 */
import { compareText } from './compare.ts';

export interface SignalUnit {
  /** A partner's external id, or the name of a target region or segment. */
  id: string;
  /** Set for target markets only (a region and a segment may share a name). */
  kind?: 'region' | 'segment';
  /** In the value's denominator. */
  counted: boolean;
  /** Meets the signal's condition; null where the value is a mean or median (no pass or fail). */
  passes: boolean | null;
  /**
   * The unit's own number behind the value: its numerator (a ratio of sums, adding up to the
   * basis), its score, days or dollars (a mean, median or sum); null where passing says it all.
   */
  value: number | null;
  /** Its own denominator, for a ratio of sums ("3 of 4 QBRs held": value 3, of 4). */
  of?: number;
  /** The figure in words: "0 of 4 QBRs held", "6/10 (survey of 2026-08-31)", "no program tier". */
  detail: string;
}

const passRank = (u: SignalUnit) => (u.passes === false ? 0 : u.passes === null ? 1 : 2);

/**
 * Counted units first; among them failing, then unrated, then passing; then `worse` (the unit that
 * weighs the value down first), then by id — a stable order for every signal.
 */
export const orderUnits = (
  units: SignalUnit[],
  worse: (a: SignalUnit, b: SignalUnit) => number = () => 0,
): SignalUnit[] =>
  [...units].sort(
    (a, b) =>
      Number(b.counted) - Number(a.counted) ||
      passRank(a) - passRank(b) ||
      worse(a, b) ||
      compareText(a.kind ?? '', b.kind ?? '') ||
      compareText(a.id, b.id),
  );

/** A lower own ratio first, then the larger denominator ("0 of 4" before "0 of 1"). */
export const lowerRatioFirst = (a: SignalUnit, b: SignalUnit): number =>
  (a.value ?? 0) / (a.of || 1) - (b.value ?? 0) / (b.of || 1) || (b.of ?? 0) - (a.of ?? 0);

export const lowerValueFirst = (a: SignalUnit, b: SignalUnit): number => (a.value ?? 0) - (b.value ?? 0);
export const higherValueFirst = (a: SignalUnit, b: SignalUnit): number => (b.value ?? 0) - (a.value ?? 0);
