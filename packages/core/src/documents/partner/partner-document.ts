/**
 * A partner's QBR pack: where the partner stands (tier, composite, revenue, health and why), its
 * readiness components and what they cost the composite, the gates of its tier, what the next tier
 * needs (today against required), and the remediation plan with overdue items flagged. Two
 * editions: the internal one for the partner team, and the partner's own (what a partner user
 * downloads from their portal), whose input comes without the internal fields — so this file shows
 * what it is given and leaves no empty place where health or satisfaction would be.
 */
import {
  capitalise,
  compositeContributionsOption,
  type DocumentEdition,
  formatDate,
  formatDue,
  formatPercent,
  formatScore,
  needRows,
  type PartnerView,
  type ProgramReport,
  plural,
  programAboveReadiness,
  type ReadinessReport,
  readinessComponentsOption,
  tierName,
  tierReviewText,
  usdShort,
} from '@trellis/contracts';
import type { Block, Doc, Section } from '../document.ts';

export type PartnerReadiness = Omit<ReadinessReport['partners'][number], 'remediation'> & { asOf: string };
export type RemediationEntry = {
  id: number;
  gap: string;
  action: string;
  owner: string | null;
  mentor: string | null;
  dueOn: string;
  status: string;
};

/** A performance row; the partner edition's has no satisfaction, and health only when the org shares it. */
export type PartnerPerformance = PartnerView<ProgramReport['performance']['partners'][number]>;

export interface PartnerDocumentInput {
  org: string;
  edition: DocumentEdition;
  readiness: PartnerReadiness;
  /** The partner's row of the latest program assessment, if it was assessed. */
  performance: PartnerPerformance | null;
  remediation: RemediationEntry[];
  /** Today, for due dates ("14 days overdue"). */
  today: string;
}

const STATUS: Record<string, string> = {
  open: 'open',
  in_progress: 'in progress',
  done: 'done',
  dropped: 'dropped',
};
const GATES: Record<string, string> = {
  composite: 'Composite',
  references: 'Verified references',
  'roles-covered': 'Roles covered',
  'components-above-zero': 'Every component above zero',
};

const standing = ({ readiness: r, performance: p }: PartnerDocumentInput): Section => {
  const tierLine =
    r.tier === r.earned
      ? `Readiness tier ${tierName(r.tier)}.`
      : r.change === 'grace'
        ? `Readiness tier ${tierName(r.tier)} kept in its grace period (${plural(r.graceLeft, 'scoring')} left); the data alone earns ${tierName(r.earned)}.`
        : `Readiness tier ${tierName(r.tier)}; the data earns ${tierName(r.earned)}.`;
  // The program tier (recorded in the CRM) beside it, flagged when it is above what the data supports.
  const program = r.programTier === undefined ? p?.programTier : r.programTier;
  const programLine =
    program === undefined
      ? ''
      : program && programAboveReadiness(program, r.tier)
        ? ` Program tier ${capitalise(program)}: ${tierReviewText(program, r.tier)}.`
        : ` Program tier ${program ? capitalise(program) : 'none'}.`;
  const blocks: Block[] = [
    {
      kind: 'headline',
      value: formatScore(r.composite),
      band: null,
      text: ['of 100 points of readiness. ', { strong: tierLine }, programLine],
    },
  ];
  if (p) {
    const engagement = `engagement ${p.engagement}`;
    blocks.push({
      kind: 'figures',
      items: [
        {
          label: 'Revenue in the period',
          value: usdShort(p.revenue),
          note: `${plural(p.deals, 'deal')} won`,
        },
        { label: 'Open pipeline', value: usdShort(p.pipeline) },
        ...(p.satisfaction !== undefined
          ? [
              {
                label: 'Satisfaction',
                value: p.satisfaction === null ? 'no survey' : `${formatScore(p.satisfaction)} of 10`,
              },
            ]
          : []),
        p.health !== undefined
          ? { label: 'Health', value: p.health, note: engagement }
          : {
              label: 'Recent activity',
              value: plural(p.activitiesRecent, 'activity', 'activities'),
              note: engagement,
            },
      ],
    });
    // Shared health may come without reasons (those it rests on stay internal): then no list.
    const reasons = p.healthReasons?.length
      ? p.healthReasons.map((x) => capitalise(x))
      : p.health === 'engaged'
        ? ['Nothing holds its health back.']
        : [];
    if (reasons.length) blocks.push({ kind: 'list', items: reasons });
  } else
    blocks.push({
      kind: 'paragraph',
      text: { muted: 'Not in a program assessment yet: no performance figures.' },
    });
  return { id: 'standing', title: `Where does ${r.name} stand?`, blocks };
};

const readinessSection = ({ readiness: r }: PartnerDocumentInput): Section => ({
  id: 'readiness',
  title: 'Skills, capacity and outcomes',
  blocks: [
    {
      kind: 'chart',
      title: 'Each component as a share of what the tier requires',
      option: readinessComponentsOption(r),
      width: 640,
      height: 200,
    },
    {
      kind: 'chart',
      title: `The composite (${formatScore(r.composite)}) and the points each component costs it`,
      option: compositeContributionsOption(r),
      width: 640,
      height: 150,
    },
    {
      kind: 'table',
      head: ['Component', 'Of what the tier requires', 'Points it costs the composite'],
      numeric: [1, 2],
      rows: (['skills', 'capacity', 'outcomes'] as const).map((k) => [
        capitalise(k),
        formatPercent(r[k]),
        formatScore(r.contributions[k]),
      ]),
      note: `Outcomes rest on the evidence available (confidence ${formatPercent(r.outcomesConfidence)}).`,
    },
  ],
});

const gatesSection = ({ readiness: r }: PartnerDocumentInput): Section => ({
  id: 'gates',
  title: `The gates of ${tierName(r.tier)}`,
  blocks: [
    {
      kind: 'table',
      head: ['Gate', 'Met', 'Detail'],
      rows: r.gates.map((g) => [GATES[g.gate] ?? g.gate, g.passed ? 'yes' : { strong: 'no' }, g.detail]),
    },
  ],
});

const nextSection = ({ readiness: r }: PartnerDocumentInput): Section => {
  if (!r.nextTier)
    return {
      id: 'next',
      title: 'What the next tier needs',
      blocks: [
        { kind: 'paragraph', text: `${tierName(r.tier)} is the top tier: keep every gate met to hold it.` },
      ],
    };
  const rows = needRows(r.nextTier);
  return {
    id: 'next',
    title: `What ${r.name} needs for ${tierName(r.nextTier.tier)}`,
    blocks:
      rows.length === 0
        ? [
            {
              kind: 'paragraph',
              text: `Nothing is missing: ${tierName(r.nextTier.tier)} follows at the next scoring.`,
            },
          ]
        : [
            {
              kind: 'table',
              head: ['Need', 'Today', 'Required'],
              rows: rows.map((n) => [{ strong: n.what }, n.current ?? '—', n.required ?? '—']),
              note: `Composite against ${tierName(r.nextTier.tier)}: ${formatScore(r.nextTier.composite)}.`,
            },
          ],
  };
};

const planSection = ({ remediation, today }: PartnerDocumentInput): Section => {
  const open = remediation.filter((i) => i.status === 'open' || i.status === 'in_progress');
  const overdue = open.filter((i) => i.dueOn < today).length;
  return {
    id: 'plan',
    title: 'The remediation plan',
    blocks:
      remediation.length === 0
        ? [
            {
              kind: 'paragraph',
              text: 'No remediation item: nothing stands between this partner and its next tier.',
            },
          ]
        : [
            {
              kind: 'paragraph',
              text: [
                `${plural(open.length, 'item')} open`,
                ...(overdue ? [', ', { strong: `${overdue} overdue` }] : []),
                `; ${plural(remediation.length - open.length, 'item')} closed.`,
              ],
            },
            {
              kind: 'table',
              head: ['#', 'Action', 'Gap', 'Owner', 'Due', 'Status'],
              numeric: [0],
              rows: remediation.map((i) => {
                const closed = i.status === 'done' || i.status === 'dropped';
                const due = closed ? formatDate(i.dueOn) : formatDue(i.dueOn, today);
                return [
                  String(i.id),
                  i.action,
                  i.gap,
                  [i.owner ?? 'unassigned', ...(i.mentor ? [` (mentor ${i.mentor})`] : [])].join(''),
                  !closed && i.dueOn < today ? { strong: due } : due,
                  STATUS[i.status] ?? i.status,
                ];
              }),
            },
          ],
  };
};

export const partnerDocument = (input: PartnerDocumentInput): Doc => {
  const r = input.readiness;
  return {
    title: r.nextTier
      ? `What does ${r.name} need for ${tierName(r.nextTier.tier)}?`
      : `How is ${r.name} doing at ${tierName(r.tier)}?`,
    subtitle:
      input.edition === 'internal'
        ? `Partner review, internal edition — ${input.org}`
        : `Partner review — ${input.org}`,
    meta: [
      { label: 'Partner', value: `${r.name} (${r.externalId}, ${r.type})` },
      ...(input.edition === 'internal'
        ? [{ label: 'Edition', value: 'internal: health and satisfaction are for the partner team' }]
        : []),
      { label: 'Tier', value: tierName(r.tier) },
      { label: 'Readiness as of', value: formatDate(r.asOf) },
    ],
    sections: [
      standing(input),
      readinessSection(input),
      gatesSection(input),
      nextSection(input),
      planSection(input),
    ],
  };
};
