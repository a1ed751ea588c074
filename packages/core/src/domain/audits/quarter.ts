/** The calendar quarter an audit's as-of date falls in: what "the quarter's evaluations" means. */

/** The first day of the calendar quarter of an ISO date: 2026-05-17 → 2026-04-01. */
export const quarterStart = (asOf: string): string => {
  const month = Number(asOf.slice(5, 7));
  const first = month - ((month - 1) % 3);
  return `${asOf.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
};

/** The calendar quarter of an ISO date as one text: 2026-05-17 → "2026-Q2". */
export const quarterLabel = (asOf: string): string =>
  `${asOf.slice(0, 4)}-Q${Math.floor((Number(asOf.slice(5, 7)) - 1) / 3) + 1}`;
