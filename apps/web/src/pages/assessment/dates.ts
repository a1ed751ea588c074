/**
 * "30 Sep 2026" from an ISO date or timestamp (UI.md, "Numbers"). The shared formatting module in
 * @trellis/contracts has no date function yet; this is the one the assessment and readiness pages
 * use until it does (then import that instead).
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const formatDate = (iso: string): string => {
  // The calendar date as written (no time-zone shift for a plain YYYY-MM-DD).
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
};
