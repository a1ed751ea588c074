/**
 * Hand-written checks for one trimmed, non-empty CSV cell. They run once per cell on files of
 * millions of rows, so they avoid allocation on the happy path: a parser returns the value to
 * stage (dates and decimals stay strings, exactly as PostgreSQL will read them) or an `Invalid`.
 */
export class Invalid {
  constructor(readonly reason: string) {}
}

export type CellValue = string | boolean | null;
export type CellParser = (raw: string) => CellValue | Invalid;

/**
 * Text up to 500 characters (at most 2,000 bytes: whatever is indexed stays within PostgreSQL's
 * index row limit); `longText` for free-text notes. No cell may hold a NUL byte.
 */
export const MAX_TEXT = 500;
export const MAX_LONG_TEXT = 5000;

const textOf =
  (max: number): CellParser =>
  (raw) =>
    raw.length > max
      ? new Invalid(`has ${raw.length} characters; at most ${max} are allowed`)
      : raw.includes('\u0000')
        ? new Invalid('contains a NUL character (\\u0000), which text may not hold')
        : raw;

export const parseText: CellParser = textOf(MAX_TEXT);
export const parseLongText: CellParser = textOf(MAX_LONG_TEXT);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is rejected). */
export const parseDate: CellParser = (raw) => {
  const m = DATE.exec(raw);
  if (m === null) return new Invalid(`"${raw}" is not a date in YYYY-MM-DD form`);
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const days = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (year === 0 || days === undefined || day < 1 || day > days) {
    return new Invalid(`"${raw}" is not a real calendar date`);
  }
  return raw;
};

const TRUE_WORDS = new Set(['true', 'yes', '1']);
const FALSE_WORDS = new Set(['false', 'no', '0']);

/** true/false, yes/no or 1/0, in any letter case. */
export const parseBoolean: CellParser = (raw) => {
  const word = raw.toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return new Invalid(`"${raw}" is not a boolean (use true/false, yes/no or 1/0)`);
};

/** One of `allowed`, in any letter case; the value is stored as listed ("Open" → "open"). */
export const oneOf = (allowed: readonly string[]): CellParser => {
  const set = new Set(allowed);
  const byLower = new Map(allowed.map((a) => [a.toLowerCase(), a]));
  const list = allowed.join(', ');
  return (raw) => {
    if (set.has(raw)) return raw;
    return byLower.get(raw.toLowerCase()) ?? new Invalid(`"${raw}" is not one of ${list}`);
  };
};

/** A plain non-negative decimal with at most `scale` decimals and `integerDigits` digits before the point. */
export const decimal = (scale: number, integerDigits: number): CellParser => {
  const shape = new RegExp(`^\\d{1,${integerDigits}}(\\.\\d{1,${scale}})?$`);
  return (raw) => {
    if (shape.test(raw)) return raw;
    if (/^-\d/.test(raw)) return new Invalid(`"${raw}" is negative`);
    if (/^\d+\.\d+$/.test(raw)) return new Invalid(`"${raw}" has more than ${scale} decimals`);
    if (/^\d+(\.\d+)?$/.test(raw)) return new Invalid(`"${raw}" has more than ${integerDigits} digits`);
    return new Invalid(`"${raw}" is not a plain number (no currency sign or thousands separator)`);
  };
};

const scoreShape = decimal(1, 2);

/** A 0–10 score with at most one decimal. */
export const parseScore: CellParser = (raw) => {
  const v = scoreShape(raw);
  if (v instanceof Invalid) return v;
  return Number(raw) <= 10 ? raw : new Invalid(`"${raw}" is above 10`);
};

const INTEGER = /^-?\d+$/;

/** A whole number from `min` to `max`, written in plain digits (kept as a string, like decimals). */
export const integer =
  (min: number, max: number): CellParser =>
  (raw) => {
    if (!INTEGER.test(raw)) {
      return new Invalid(
        /^-?\d*\.\d+$/.test(raw) ? `"${raw}" is not a whole number` : `"${raw}" is not a plain whole number`,
      );
    }
    const n = Number(raw);
    if (n < min) return new Invalid(min === 0 ? `"${raw}" is negative` : `"${raw}" is below ${min}`);
    if (n > max) return new Invalid(`"${raw}" is above ${max}`);
    return raw;
  };

/** The largest value of an SQL `integer`. */
export const MAX_INTEGER = 2_147_483_647;

/** A parser built on first use (for example from a file that should not be read at start-up). */
export const deferred = (make: () => CellParser): CellParser => {
  let parser: CellParser | undefined;
  return (raw) => {
    parser ??= make();
    return parser(raw);
  };
};

const URI = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/\S+$/;

/** A URI with a scheme and an authority or path: `https://host/file`, `s3://bucket/key`. */
export const parseUri: CellParser = (raw) =>
  URI.test(raw) ? raw : new Invalid(`"${raw}" is not a URI with a scheme (like https://… or s3://…)`);

const SHA256 = /^[0-9a-f]{64}$/;

/** A SHA-256 digest: 64 lower-case hex characters. */
export const parseSha256: CellParser = (raw) => {
  if (SHA256.test(raw)) return raw;
  if (SHA256.test(raw.toLowerCase())) return new Invalid(`"${raw}" is not lower-case hex`);
  if (raw.length !== 64) {
    return new Invalid(`"${raw}" has ${raw.length} characters; a SHA-256 digest has 64 hex characters`);
  }
  return new Invalid(`"${raw}" is not hex (a SHA-256 digest is 64 characters 0-9, a-f)`);
};

const EMAIL = /^[^\s@]+@[^\s@]+$/;

export const parseEmail: CellParser = (raw) =>
  EMAIL.test(raw) ? raw : new Invalid(`"${raw}" is not an email address`);
