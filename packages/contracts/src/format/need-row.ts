/**
 * A next-tier need as the web's checklist and the partner documents show it — what, where the partner is today, what is
 * required — from the API's structured need (`nextTier.items`). A scoring stored before needs were
 * structured has only the sentence: then the sentence is the "what" and the rest is left blank.
 */
import type { ReadinessReport } from '../readiness-report-schema.ts';
import { capitalise, formatScore, plural } from './format.ts';

export type NextTier = NonNullable<ReadinessReport['partners'][number]['nextTier']>;
export type NeedItem = NonNullable<NextTier['items']>[number];

export interface NeedRow {
  what: string;
  current: string | null;
  required: string | null;
  /** The API's sentence: also the remediation item's gap. */
  text: string;
}

const ROLE_PEOPLE: Record<string, [string, string]> = {
  sales: ['Salesperson', 'Salespeople'],
  solutions: ['Solutions engineer', 'Solutions engineers'],
  implementation: ['Implementation consultant', 'Implementation consultants'],
  admin: ['Administrator', 'Administrators'],
};
const people = (role: string | null, many: boolean) =>
  (ROLE_PEOPLE[role ?? ''] ?? ['Person', 'People'])[many ? 1 : 0]!;

export const needRow = (n: NeedItem): NeedRow => {
  switch (n.kind) {
    case 'headcount':
      return {
        what: `Qualified ${people(n.role, true).toLowerCase()} at level ${n.level}`,
        current: `${n.current} qualified`,
        required: n.openDemand ? `${n.required} (open demand)` : `${n.required}`,
        text: n.text,
      };
    case 'competency':
      return {
        what: `${people(n.role, false)} at level ${n.level} in ${n.competencies.join(', ')}`,
        current: n.current === null ? 'not demonstrated' : `level ${n.current}`,
        required: `level ${n.required}`,
        text: n.text,
      };
    case 'references':
      return {
        what: `Verified customer references within ${n.withinDays} days`,
        current: plural(n.current ?? 0, 'reference'),
        required: `${n.required}`,
        text: n.text,
      };
    case 'component':
      return {
        what: `${capitalise(n.component ?? 'component')} above zero`,
        current: '0',
        required: 'above 0',
        text: n.text,
      };
    case 'composite':
      return {
        what: 'Composite, once every gap above is closed (outcomes must rise)',
        current: n.current === null ? null : formatScore(n.current),
        required: n.required === null ? null : formatScore(n.required),
        text: n.text,
      };
  }
};

/** The rows of a next tier: structured where the API gives structure, else its sentences. */
export const needRows = (next: NextTier): NeedRow[] =>
  next.items
    ? next.items.map(needRow)
    : next.needs.map((text) => ({ what: capitalise(text), current: null, required: null, text }));
