/**
 * Next-tier needs as a checklist: the API gives each need as a sentence ("one more salesperson
 * qualified at level 2 (0 today; Silver needs 1)"), not the structured need behind it (see
 * docs/readiness.md for the wording). This reads the sentence back into
 * what it asks for, where the partner is today and what is required, so the page can show
 * "current vs required" — and falls back to the sentence alone for any wording it does not know.
 */
import type { Gate } from './partner-types.ts';

export type NeedKind = 'competency' | 'headcount' | 'references' | 'component' | 'composite' | 'other';

export interface ParsedNeed {
  kind: NeedKind;
  /** What is needed, as a short heading ("Qualified salespeople at level 2"). */
  what: string;
  /** Where the partner is today, when the sentence (or the gates) say it. */
  current: string | null;
  required: string | null;
  /** The API's sentence, always kept (it is also the remediation item's gap). */
  text: string;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const countOf = (word: string) => {
  const i = WORDS.indexOf(word);
  return i >= 0 ? i : Number(word);
};

/** "salesperson" → "salespeople", "solutions engineer" → "solutions engineers". */
const pluralNoun = (noun: string) =>
  noun.endsWith('person') ? `${noun.slice(0, -6)}people` : noun.endsWith('s') ? noun : `${noun}s`;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const HEADCOUNT =
  /^(\S+) more (.+?) qualified at level (\d+) \((\d+) today; (open demand needs|.+? needs) (\d+)\)$/;
const COMPETENCY = /^an? (.+?) at level (\d+) in (.+?)(?: \(best today: level (\d+)\))?$/;
const REFERENCES = /^(\S+) more verified customer references? \(within (\d+) days\)$/;
const COMPONENT = /^(skills|capacity|outcomes) above zero$/;
const COMPOSITE = /^outcomes: with every gap above closed the composite would be ([\d.]+), short of ([\d.]+)/;
/** The references gate's detail: "1 verified references in 545 days vs 2 required". */
const REFERENCE_GATE = /^(\d+) verified references? in (\d+) days/;

export const parseNeed = (text: string, gates: Gate[] = []): ParsedNeed => {
  let m = HEADCOUNT.exec(text);
  if (m) {
    const [, , noun, level, today, why, needed] = m as unknown as string[];
    return {
      kind: 'headcount',
      what: `Qualified ${pluralNoun(noun!)} at level ${level}`,
      current: `${today} qualified`,
      required: why === 'open demand needs' ? `${needed} (open demand)` : `${needed}`,
      text,
    };
  }
  m = REFERENCES.exec(text);
  if (m) {
    const [, word, days] = m as unknown as string[];
    const more = countOf(word!);
    // The gate of the tier in effect counts references in its own window; it is today's count only
    // when the next tier's window is the same.
    const gate = gates.find((g) => g.gate === 'references');
    const g = gate ? REFERENCE_GATE.exec(gate.detail) : null;
    const today = g && g[2] === days ? Number(g[1]) : null;
    return {
      kind: 'references',
      what: `Verified customer references within ${days} days`,
      current: today === null ? `${more} short` : `${today}`,
      required: today === null ? `${more} more` : `${today + more}`,
      text,
    };
  }
  m = COMPETENCY.exec(text);
  if (m) {
    const [, noun, level, names, best] = m as unknown as string[];
    return {
      kind: 'competency',
      what: `${capital(noun!)} at level ${level} in ${names}`,
      current: best ? `level ${best}` : 'not demonstrated',
      required: `level ${level}`,
      text,
    };
  }
  m = COMPONENT.exec(text);
  if (m)
    return {
      kind: 'component',
      what: `${capital(m[1]!)} above zero`,
      current: '0',
      required: 'above 0',
      text,
    };
  m = COMPOSITE.exec(text);
  if (m)
    return {
      kind: 'composite',
      what: 'Composite, once every gap above is closed (outcomes must rise)',
      current: m[1]!,
      required: m[2]!,
      text,
    };
  return { kind: 'other', what: capital(text), current: null, required: null, text };
};
