/** Small, exact statistics helpers (no rounding: callers round for display). */
export const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

export const mean = (xs: number[]): number | null => (xs.length ? sum(xs) / xs.length : null);

export const median = (xs: number[]): number | null => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export const ratio = (num: number, den: number): number | null => (den > 0 ? num / den : null);

/** Counts of each integer 0–10 (scores are rounded half up to the nearest integer). */
export const distribution0to10 = (xs: number[]): number[] => {
  const d = Array.from({ length: 11 }, () => 0);
  for (const x of xs) d[Math.min(10, Math.max(0, Math.floor(x + 0.5)))]! += 1;
  return d;
};

export const isPresent = <T>(x: T | null | undefined): x is T => x !== null && x !== undefined;
