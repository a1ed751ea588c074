/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC, with no clock. */
const DAY_MS = 86_400_000;

const toMs = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

export const isIsoDate = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const ms = toMs(s);
  return Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === s;
};

/** The years an as-of date may fall in (earlier dates would reach before year 1 with the look-back). */
export const AS_OF_YEARS = { from: 1900, to: 2999 } as const;

/** A real calendar date within AS_OF_YEARS: what an assessment or scoring may be dated. */
export const isAsOfDate = (s: string): boolean => {
  if (!isIsoDate(s)) return false;
  const year = Number(s.slice(0, 4));
  return year >= AS_OF_YEARS.from && year <= AS_OF_YEARS.to;
};

export const addDays = (iso: string, days: number): string =>
  new Date(toMs(iso) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: string, to: string): number => Math.round((toMs(to) - toMs(from)) / DAY_MS);
