/**
 * Every gap the next tier names becomes a remediation item: an action from the policy's library,
 * an owner, a mentor, and a due date in a 30/60/90-day bucket. Keys are stable across scorings,
 * so an item stays the same item until its gap closes.
 */
import { fillTitle } from './action-titles.ts';
import { addDays } from './dates.ts';
import { type Need, personNoun } from './next-tier-needs.ts';
import type { Bucket, RemediationSettings, TierRule } from './tier-policy.ts';

export interface RemediationGap {
  key: string;
  kind: Need['kind'];
  gap: string;
  action: string;
  owner: string;
  mentor: string;
  bucket: Bucket;
  dueOn: string;
}

/** A stored remediation item, as reports and the CLI see it. */
export interface RemediationItem {
  id: number;
  partner: string;
  gapKey: string;
  gapKind: string;
  gap: string;
  action: string;
  owner: string | null;
  mentor: string | null;
  bucket: Bucket;
  dueOn: string;
  status: 'open' | 'in_progress' | 'done' | 'dropped';
  openedOn: string;
  closedOn: string | null;
}

const bucketDays: Record<Bucket, number> = { days30: 30, days60: 60, days90: 90 };

const keyOf = (n: Need, next: TierRule): string => {
  switch (n.kind) {
    case 'competency':
      return `competency:${n.role}:${next.level}`;
    case 'headcount':
      return `headcount:${n.role}:${next.level}`;
    case 'references':
      return `references:${next.id}`;
    case 'composite':
      return `composite:${next.id}`;
    case 'component':
      return `component:${n.text}`;
  }
};

export const planRemediation = (
  needs: Need[],
  next: TierRule,
  settings: RemediationSettings,
  partnerOwner: string | null,
  asOf: string,
  competencyNames: Record<string, string>,
): RemediationGap[] =>
  needs.map((n) => {
    const a = settings.actions[n.kind];
    const words: Record<string, string> = {
      competency:
        n.competencyNames?.join(', ') ??
        (n.competency ? (competencyNames[n.competency] ?? n.competency) : ''),
      level: String(next.level),
      role: n.role ? personNoun(n.role, n.count) : '',
      count: String(n.count),
      target: String(next.minComposite),
      component: n.text.replace(/ above zero$/, ''),
    };
    return {
      key: keyOf(n, next),
      kind: n.kind,
      gap: n.text,
      action: fillTitle(a.title, words),
      owner: partnerOwner ?? settings.owner,
      mentor: settings.mentors[n.role ?? 'other'],
      bucket: a.bucket,
      dueOn: addDays(asOf, bucketDays[a.bucket]),
    };
  });
