/**
 * A document as data: what a report says, in sections of blocks, independent of the format it
 * leaves in. Builders (program-document.ts …) decide the words and the numbers once; renderers
 * (Markdown, HTML, and the PDF printed from the HTML) decide only the look — and escape every piece
 * of text, so a partner's name can never become markup, a link or a formula in any of them.
 */
import type { ChartOption } from '@trellis/contracts';

/** A run of text: plain, or emphasised. Every string is text, never markup. */
export type Inline = string | { strong: string } | { muted: string };
export type Text = Inline | Inline[];

export interface TableBlock {
  kind: 'table';
  head: string[];
  rows: Text[][];
  /** Columns of numbers: right-aligned. */
  numeric?: number[];
  /** Said under the table: what it leaves out, where a figure comes from. */
  note?: string;
}

export type Block =
  | { kind: 'paragraph'; text: Text }
  | { kind: 'list'; items: Text[]; ordered?: boolean }
  | TableBlock
  | {
      kind: 'chart';
      /** What the chart shows, in words (its text alternative and caption). */
      title: string;
      option: ChartOption;
      width: number;
      height: number;
    }
  /** The few numbers a reader takes away: label, value, a line under it. */
  | { kind: 'figures'; items: { label: string; value: string; note?: string }[] }
  /** A band or tier named beside its value (the renderer colours it; the word is always there). */
  | { kind: 'headline'; value: string; band: string | null; text: Text };

export interface Section {
  id: string;
  title: string;
  blocks: Block[];
  /** Start the section on a new page when printed. */
  newPage?: boolean;
}

export interface Doc {
  title: string;
  subtitle: string;
  /** Who, what and when, on the cover and in the running header: org, as-of date … */
  meta: { label: string; value: string }[];
  sections: Section[];
}

/** The plain text of a run (for tables in Markdown, alt texts, tests). */
export const plainText = (t: Text): string =>
  (Array.isArray(t) ? t : [t])
    .map((i) => (typeof i === 'string' ? i : 'strong' in i ? i.strong : i.muted))
    .join('');
