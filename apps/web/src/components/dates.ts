/**
 * Timestamps as the UI reads them, in the reader's time zone ("30 Sep 2026", "30 Sep 2026, 14:05");
 * calendar dates, counts and sizes come from the shared format module.
 */
import { formatBytes, formatDate as formatCalendarDate, formatCount } from '@trellis/contracts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An ISO date or timestamp as "30 Sep 2026" (a plain YYYY-MM-DD is taken as that calendar day). */
export const formatDate = (iso: string | null | undefined): string => {
  if (!iso) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatCalendarDate(iso);
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`;
};

/** A timestamp as "30 Sep 2026, 14:05" in the reader's time zone. */
export const formatDateTime = (iso: string | null | undefined): string => {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const hh = String(d.getHours()).padStart(2, '0');
  const mm = String(d.getMinutes()).padStart(2, '0');
  return `${formatDate(iso)}, ${hh}:${mm}`;
};

/** "1,234" — counts in text and tables read with a thousands separator. */
export const count = formatCount;

/** "1 row", "1,234 rows". */
export const counted = (n: number, one: string, many = `${one}s`): string =>
  `${count(n)} ${n === 1 ? one : many}`;

/** "1.2 MB" — file sizes in progress lines. */
export const bytes = formatBytes;
/** Today as an ISO date in the reader's calendar (due dates are told relative to it). */
export const todayIso = (now = new Date()): string => {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
};
