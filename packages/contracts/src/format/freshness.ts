/**
 * How fresh the data behind a report is, in words: the newest record of each kind that moves
 * (deals, activity, meetings, surveys) on or before the as-of date, and how long before it —
 * "newest opportunity 25 Sep 2026 (5 days before)". Kinds the org never imported are left out.
 */
import { formatDate, plural } from './format.ts';

const SINGULAR: Record<string, string> = {
  opportunities: 'opportunity',
  activities: 'activity',
  meetings: 'meeting',
  surveys: 'survey',
  projects: 'delivery project',
  evaluations: 'evaluation',
};

/** The kinds whose newest date says whether a program's data is current. */
export const FRESHNESS_KINDS = ['opportunities', 'activities', 'meetings', 'surveys'] as const;

const daysBefore = (date: string, asOf: string) =>
  Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);

export interface FreshnessEntry {
  kind: string;
  newest: string;
  daysBefore: number;
}

/** The newest record of each moving kind, oldest first (the stalest leads). */
export const freshness = (
  asOf: string,
  coverage: { kind: string; rows: number; newest?: string | null }[],
): FreshnessEntry[] =>
  coverage
    .filter((c) => (FRESHNESS_KINDS as readonly string[]).includes(c.kind) && c.rows > 0 && c.newest)
    .map((c) => ({ kind: c.kind, newest: c.newest!, daysBefore: daysBefore(c.newest!, asOf) }))
    .sort((a, b) => b.daysBefore - a.daysBefore || a.kind.localeCompare(b.kind));

/** "newest opportunity 25 Sep 2026 (5 days before), newest survey 31 Aug 2026 (30 days before)". */
export const freshnessText = (entries: FreshnessEntry[], what = 'the as-of date'): string =>
  entries.length === 0
    ? 'no dated records on or before the as-of date'
    : entries
        .map(
          (e) =>
            `newest ${SINGULAR[e.kind] ?? e.kind} ${formatDate(e.newest)} (${
              e.daysBefore === 0 ? `on ${what}` : `${plural(e.daysBefore, 'day')} before`
            })`,
        )
        .join(', ');

/** "7 opportunities and 2 surveys imported since — re-assess": what changed after a report was made. */
export const importedSinceText = (since: { entity: string; rows: number }[]): string | null => {
  const parts = since
    .filter((s) => s.rows > 0)
    .map((s) => `${s.rows} ${s.rows === 1 ? (SINGULAR[s.entity] ?? s.entity) : s.entity}`);
  if (!parts.length) return null;
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `${list} imported or changed since`;
};
