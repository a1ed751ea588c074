import { recordKindNames } from '@trellis/contracts';

/**
 * The ten kinds of record, in import order (later kinds refer to earlier ones by external id), and
 * what each is for — the Record kind select and the coverage table read them. Only partners are
 * required; every other kind feeds some criteria or partner-readiness parts (README, "Assess your
 * own program").
 */
export const RECORD_KINDS = recordKindNames;

export type RecordKind = (typeof RECORD_KINDS)[number];

export const isRecordKind = (s: string | null | undefined): s is RecordKind =>
  !!s && (RECORD_KINDS as readonly string[]).includes(s);

/** What a kind is, in a few words, and what must be imported before it. */
export const KIND_INFO: Record<RecordKind, { label: string; about: string; needs?: string }> = {
  partners: { label: 'Partners', about: 'required: every other kind refers to partners' },
  people: { label: 'People', about: 'who works at each partner', needs: 'partners' },
  opportunities: { label: 'Opportunities', about: 'deals and their stage', needs: 'partners' },
  activities: { label: 'Activities', about: 'portal, training and co-marketing events', needs: 'partners' },
  surveys: { label: 'Surveys', about: 'partner satisfaction responses', needs: 'partners' },
  meetings: { label: 'Meetings', about: 'QBRs and governance meetings', needs: 'partners' },
  evaluations: { label: 'Evaluations', about: 'competency levels of people', needs: 'people' },
  evidence: { label: 'Evidence', about: 'artifacts behind evaluations', needs: 'evaluations' },
  projects: { label: 'Projects', about: 'customer delivery projects', needs: 'partners' },
  references: { label: 'References', about: 'customer references', needs: 'partners' },
};

/** Options for the Record kind select: partners first, required ones said so. */
export const KIND_OPTIONS = RECORD_KINDS.map((k) => ({
  value: k,
  label: k === 'partners' ? 'Partners (required, import first)' : KIND_INFO[k].label,
}));
