/**
 * How values come out of CRMs and spreadsheets, turned into the canonical forms the import checks:
 * money with currency signs or codes and thousands separators, dates in the common orders and as
 * Excel serial numbers, yes/no words. Each returns the canonical text, or undefined when it cannot
 * read the value (the import then reports it as given, under the source column).
 */

/** Day-month order of dates written with / or . (ISO dates are always year-month-day). */
export type DateOrder = 'MDY' | 'DMY' | 'YMD';

/** "M/D/YYYY", "DD.MM.YYYY", "YYYY-MM-DD" … → the order (the separator does not matter). */
export const dateOrderOf = (format: string): DateOrder | undefined => {
  const parts = format
    .toUpperCase()
    .split(/[^DMY]+/)
    .filter(Boolean)
    .map((p) => p[0]);
  const order = parts.join('');
  return order === 'MDY' || order === 'DMY' || order === 'YMD' ? order : undefined;
};

const pad = (n: number) => String(n).padStart(2, '0');

const real = (y: number, m: number, d: number): string | undefined => {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return undefined;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === iso ? iso : undefined;
};

/** Excel's day 1 is 1900-01-01, counting the 1900-02-29 that never was: serial 25569 = 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;

/**
 * A date as ISO `YYYY-MM-DD`: ISO itself (a time after it is ignored), `M/D/YYYY` or `D/M/YYYY`
 * (per `order`; `DD.MM.YYYY` with dots is day-first unless told otherwise), two-digit years as
 * 20YY, or an Excel serial day number.
 */
export const parseDateValue = (raw: string, order?: DateOrder): string | undefined => {
  const v = raw.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(v);
  if (m) return real(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})(?:[ T].*)?$/.exec(v);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const year = m[4]!.length === 2 ? 2000 + Number(m[4]) : Number(m[4]);
    // Without an order: slashes are month-first (US exports), dots day-first (European ones).
    const dayFirst = order ? order === 'DMY' : m[2] === '.';
    return dayFirst ? real(year, b, a) : real(year, a, b);
  }
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(v);
  if (m) return real(Number(m[1]), Number(m[2]), Number(m[3]));
  if (/^\d{5}(\.\d+)?$/.test(v)) {
    const serial = Math.floor(Number(v));
    if (serial < 20000 || serial > 80000) return undefined; // 1954 … 2119: anything else is not a date
    return new Date((serial - EXCEL_EPOCH_OFFSET) * 86_400_000).toISOString().slice(0, 10);
  }
  return undefined;
};

const CURRENCY = /^(?:[A-Z]{3}\s*)?[$€£¥₹]?\s*|\s*[$€£¥₹]?\s*(?:[A-Z]{3})?$/g;

/**
 * Money as a plain decimal: "$125,000.00", "125.000,00 €", "USD 1,200", "1 200,50" → "125000.00",
 * "125000.00", "1200", "1200.50". The last `.` or `,` followed by one or two digits is the decimal
 * mark; other separators group thousands. Negative amounts are not read (the import refuses them).
 */
export const parseMoneyValue = (raw: string): string | undefined => {
  const v = raw
    .trim()
    .replace(CURRENCY, '')
    .replace(/[\u00a0\u202f' ]/g, '');
  if (!/^\d[\d.,]*$/.test(v)) return undefined;
  const decimal = /[.,](\d{1,2})$/.exec(v);
  const whole = decimal ? v.slice(0, decimal.index) : v;
  if (!/^\d{1,3}([.,]?\d{3})*$/.test(whole) && !/^\d+$/.test(whole)) return undefined;
  const digits = whole.replace(/[.,]/g, '');
  return decimal ? `${digits}.${decimal[1]}` : digits;
};

const TRUE = new Set(['true', 'yes', 'y', '1', 'x', 'checked', 'registered']);
const FALSE = new Set(['false', 'no', 'n', '0', '', 'unchecked', 'not registered']);

/** Yes/no words of CRM checkboxes → "true" / "false". */
export const parseBooleanValue = (raw: string): string | undefined => {
  const v = raw.trim().toLowerCase();
  if (TRUE.has(v)) return 'true';
  if (FALSE.has(v)) return 'false';
  return undefined;
};
