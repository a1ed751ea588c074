/**
 * How one import reads its dates written day-month: the order the mapping or the user gave, or,
 * when neither did, the order most of the file's first rows show (date-format-vote.ts). Every date
 * of the file is tallied as it is read, so a hint can say which order the file itself uses, and a
 * date that cannot be read is refused naming the format and where it came from:
 * `"13/45/2026" is not a date in M/D/YYYY, the file's format`.
 */
import type { Audience } from '../audience.ts';
import { type DateFormatDecision, DateTally, describeDateDecision } from './date-format-vote.ts';
import type { DateOrder } from './value-formats.ts';

/** Where the order came from: the mapping, the user's choice, most of the file, or the usual rule. */
export type DateSource = 'mapping' | 'chosen' | 'file' | 'assumed';

const SOURCE_WORDS: Record<DateSource, string> = {
  mapping: "the mapping's date format",
  chosen: 'the date format chosen',
  file: "the file's format",
  assumed: "the format assumed (the file's first dates read either way)",
};

/** Data rows whose dates decide the order when nobody gave one (read before any row is staged). */
export const DATE_VOTE_ROWS = 1000;

/** An ISO date is never read by day-month order: its own check names what is wrong with it. */
const ISO_SHAPED = /^\d{4}-\d{1,2}-\d{1,2}/;

export class DateReading {
  /** Every day-month date of the file seen so far. */
  readonly tally = new DateTally();
  private decision: DateFormatDecision | undefined;

  constructor(
    private current: DateOrder | undefined,
    private source: DateSource,
    /** The format as the mapping writes it ("M/D/YYYY"), when it gave one. */
    private readonly written?: string,
  ) {}

  /** The order dates are read in; undefined until `settle` when the file decides it. */
  get order(): DateOrder | undefined {
    return this.current;
  }

  /** True once the order is known (given, or decided from the rows seen). */
  get settled(): boolean {
    return this.current !== undefined;
  }

  /** Decides the order from the dates tallied so far (the file's first rows). */
  settle(): void {
    if (this.settled) return;
    this.decision = this.tally.decide();
    // No day-month date at all (ISO, serials): the usual rule, which reads nothing differently.
    this.current = this.decision?.order ?? 'MDY';
    this.source = this.decision?.basis === 'majority' ? 'file' : 'assumed';
  }

  /** The format's name as this file writes dates ("DD.MM.YYYY"). */
  get format(): string {
    return this.written ?? this.tally.nameOf(this.current ?? 'MDY');
  }

  /** Why `value` (of a date column read with this order) is refused, or undefined to keep the check's own words. */
  explain(value: string): string | undefined {
    if (ISO_SHAPED.test(value)) return undefined;
    return `"${value}" is not a date in ${this.format}, ${SOURCE_WORDS[this.source]}`;
  }

  /**
   * The order of most of the file's dates when it is not the one they were read in (then the fix
   * is to change the date format), else undefined.
   */
  get fileDisagrees(): DateFormatDecision | undefined {
    const whole = this.tally.decide();
    // An ISO date format reads slashed dates month first (value-formats.ts).
    const reads = this.current === 'YMD' ? 'MDY' : this.current;
    return whole?.basis === 'majority' && whole.order !== reads ? whole : undefined;
  }

  /** What the import says about how it read dates it had to decide itself. */
  notice(audience: Audience): string | undefined {
    if (!this.decision) return undefined;
    const said = describeDateDecision(this.decision);
    if (this.decision.basis === 'majority') return said;
    const other = this.tally.nameOf(this.decision.order === 'MDY' ? 'DMY' : 'MDY');
    const change = audience === 'cli' ? `use --date-format ${other}` : `set the date format to ${other}`;
    return `${said}; if they are ${this.decision.order === 'MDY' ? 'day' : 'month'} first, ${change}`;
  }
}
