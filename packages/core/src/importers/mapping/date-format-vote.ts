/**
 * Which way a file writes its dates, decided by most of them. 15/03/2026 can only be day first,
 * 3/15/2026 only month first, 3/4/2026 either way. The order most of the telling dates show wins,
 * so one odd value (a typo like 13/45/2026, one row from another system) never flips a file; a file
 * whose every date reads either way keeps the usual rule — slashes month first (US exports), dots
 * day first (European ones) — and the decision says it was assumed (docs/import-format.md).
 */
import type { DateOrder } from './value-formats.ts';

/** How the order was settled: most dates showed it, or none did and the usual rule was assumed. */
export type DateDecisionBasis = 'majority' | 'assumed';

export interface DateFormatDecision {
  order: Exclude<DateOrder, 'YMD'>;
  /** The format as people write it: "M/D/YYYY", "DD.MM.YYYY", "DD/MM/YY". */
  format: string;
  basis: DateDecisionBasis;
  /** Dates that can only be day first, only month first, or either. */
  dayFirst: number;
  monthFirst: number;
  either: number;
}

/** A day-month date with / . or - and a two- or four-digit year (a time after it is allowed). */
const DAY_MONTH = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2}|\d{4})(?:[ T].*)?$/;

/** The format's name in the file's own separator and year length. */
export const dateFormatName = (order: DateOrder, separator = '/', shortYear = false): string => {
  const year = shortYear ? 'YY' : 'YYYY';
  if (order === 'YMD') return 'YYYY-MM-DD';
  return order === 'MDY' ? `M${separator}D${separator}${year}` : `DD${separator}MM${separator}${year}`;
};

/** Counts the shapes of a file's date values; `decide` reads the order off them. */
export class DateTally {
  dayFirst = 0;
  monthFirst = 0;
  either = 0;
  private readonly separators = new Map<string, number>();
  private shortYears = 0;
  private longYears = 0;

  add(raw: string): void {
    const m = DAY_MONTH.exec(raw.trim());
    if (!m) return; // ISO dates, Excel serials and words tell nothing about day and month
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) this.dayFirst++;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) this.monthFirst++;
    else if (a >= 1 && a <= 12 && b >= 1 && b <= 12) this.either++;
    else return; // 13/45/2026 is no date in either order: it does not vote
    this.separators.set(m[2]!, (this.separators.get(m[2]!) ?? 0) + 1);
    if (m[4]!.length === 2) this.shortYears++;
    else this.longYears++;
  }

  /** The separator most dates use ("/" when there is none). */
  get separator(): string {
    return [...this.separators].sort((x, y) => y[1] - x[1])[0]?.[0] ?? '/';
  }

  /** The name of `order` as this file writes its dates. */
  nameOf(order: DateOrder): string {
    return dateFormatName(order, this.separator, this.shortYears > this.longYears);
  }

  /** The file's order, or undefined when it has no day-month dates at all (ISO, serials). */
  decide(): DateFormatDecision | undefined {
    const { dayFirst, monthFirst, either } = this;
    if (dayFirst + monthFirst + either === 0) return undefined;
    const basis: DateDecisionBasis = dayFirst === monthFirst ? 'assumed' : 'majority';
    const order =
      dayFirst > monthFirst ? 'DMY' : monthFirst > dayFirst ? 'MDY' : this.separator === '.' ? 'DMY' : 'MDY';
    return { order, format: this.nameOf(order), basis, dayFirst, monthFirst, either };
  }
}

/** The decision over a list of values (a sample, a column). */
export const voteDateFormat = (values: Iterable<string>): DateFormatDecision | undefined => {
  const tally = new DateTally();
  for (const v of values) tally.add(v);
  return tally.decide();
};

/** One sentence on how the decision was made, for notes and notices. */
export const describeDateDecision = (d: DateFormatDecision): string => {
  if (d.basis === 'majority') {
    const [won, lost] = d.order === 'DMY' ? [d.dayFirst, d.monthFirst] : [d.monthFirst, d.dayFirst];
    const [side, other] = d.order === 'DMY' ? ['day', 'month'] : ['month', 'day'];
    return [
      `dates read as ${d.format}, the order most of them show: ${won} can only be ${side} first`,
      ...(lost > 0 ? [`${lost} only ${other} first (refused unless corrected)`] : []),
      ...(d.either > 0 ? [`${d.either} either way`] : []),
    ].join(', ');
  }
  if (d.dayFirst === 0)
    return `dates read as ${d.format}, assumed: every date reads either way (like 3/4/2026: 4 March or 3 April)`;
  return `dates read as ${d.format}, assumed: as many dates can only be day first as only month first (${d.dayFirst} each)`;
};
