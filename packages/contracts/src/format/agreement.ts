/**
 * Agreement in words, the same on the web page, in tests and in documents: Krippendorff's alpha with
 * its bootstrap interval (docs/governance.md, "Calibration sessions"), a rater's drift, a flag.
 */

/** Two decimals, with a true minus sign (alpha runs from −1 up): its customary precision. */
export const alpha2 = (x: number | null): string => {
  if (x === null) return 'n/a';
  const fixed = Math.abs(x).toFixed(2);
  return x < 0 && fixed !== '0.00' ? `−${fixed}` : fixed;
};

/** "α = 0.74 (95% interval 0.52 to 0.88)"; "α undefined (no pairable values)" when it has no value. */
export const alphaText = (r: {
  alpha: number | null;
  undefinedReason: string | null;
  interval: { confidence: number; lower: number | null; upper: number | null } | null;
}): string => {
  if (r.alpha === null) return `α undefined (${(r.undefinedReason ?? 'no value').replaceAll('-', ' ')})`;
  const i = r.interval;
  const interval =
    i && i.lower !== null && i.upper !== null
      ? ` (${Math.round(i.confidence * 100)}% interval ${alpha2(i.lower)} to ${alpha2(i.upper)})`
      : '';
  return `α = ${alpha2(r.alpha)}${interval}`;
};

/** A signed drift in levels: "+0.67", "−0.33" (a true minus sign), "0.00". */
export const driftText = (drift: number | null): string => {
  if (drift === null) return 'n/a';
  const fixed = Math.abs(drift).toFixed(2);
  if (fixed === '0.00') return '0.00';
  return `${drift > 0 ? '+' : '−'}${fixed}`;
};

type Flag =
  | { kind: 'rubric-needs-work'; alpha: number; minimumAlpha: number }
  | { kind: 'recalibrate-rater'; rater: string; drift: number; maximumDrift: number };

/** A flag in words; `who` names a rater id (an email or name rather than a UUID). */
export const flagText = (flag: Flag, who: (rater: string) => string = (r) => r): string =>
  flag.kind === 'rubric-needs-work'
    ? `The rubric needs work: α ${alpha2(flag.alpha)} is below ${flag.minimumAlpha}.`
    : `Recalibrate ${who(flag.rater)}: a drift of ${driftText(flag.drift)} levels is beyond ±${flag.maximumDrift.toFixed(1)}.`;
