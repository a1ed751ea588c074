/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC, with no clock. */
const DAY_MS = 86_400_000;

const toMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

export const isIsoDate = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const ms = toMs(s);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === s;
};

export const addDays = (iso: string, days: number): string =>
  new Date(toMs(iso) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: string, to: string): number => Math.round((toMs(to) - toMs(from)) / DAY_MS);
