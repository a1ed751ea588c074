/**
 * Partner readiness across the program as a document: how many partners hold each tier, how many
 * people are qualified per role, the largest gaps by name, and one line per partner (tier, the
 * components, what the next tier needs first) — each partner's detail is its own review
 * (`trellis report partner <id>`), so nothing here repeats sixteen times.
 */
import {
  capitalise,
  formatDate,
  formatPercent,
  formatScore,
  plural,
  type ReadinessReport,
  readinessByRoleOption,
  tierDistributionOption,
  tierName,
  tierRank,
  tierReviewText,
} from '@trellis/contracts';
import type { Doc, Section, Text } from '../document.ts';

type Partner = ReadinessReport['partners'][number];

const tierCell = (p: Partner): Text => {
  const name = tierName(p.tier);
  if (p.change === 'grace')
    return [name, { muted: ` (grace: earns ${tierName(p.earned)}, ${plural(p.graceLeft, 'scoring')} left)` }];
  if (p.change === 'promoted' || p.change === 'demoted') return [name, { muted: ` (${p.change})` }];
  return name;
};

const firstNeed = (p: Partner): Text => {
  if (!p.nextTier) return { muted: 'top tier' };
  const [need, ...rest] = p.nextTier.needs;
  if (!need) return { muted: `nothing missing for ${tierName(p.nextTier.tier)}` };
  return [`${capitalise(need)}`, ...(rest.length ? [{ muted: ` (+${rest.length} more)` }] : [])];
};

const overview = (r: ReadinessReport): Section => {
  const s = r.summary;
  const rem = s.remediation;
  return {
    id: 'overview',
    title: 'How ready are our partners?',
    blocks: [
      {
        kind: 'figures',
        items: [
          { label: 'Partners scored', value: String(s.partners) },
          {
            label: 'With a readiness tier',
            value: String(s.partners - (s.tierDistribution.none ?? 0)),
            note: `${s.tierDistribution.none ?? 0} without one`,
          },
          {
            label: 'Held back by a gate',
            value: String(s.heldBackByGates),
            note: 'their composite reaches a higher tier',
          },
          rem
            ? {
                label: 'Remediation',
                value: `${rem.open + rem.inProgress} open`,
                note: `${rem.done} done, ${rem.dropped} dropped${rem.gapClosureRate === null ? '' : `; ${formatPercent(rem.gapClosureRate)} of gaps closed`}`,
              }
            : {
                label: 'Remediation',
                value: 'today’s plan',
                note: 'a scoring of an earlier date: remediation follows the latest scoring',
              },
        ],
      },
      {
        kind: 'chart',
        title: 'Partners per readiness tier in effect',
        option: tierDistributionOption(r),
        width: 640,
        height: 260,
      },
      {
        kind: 'table',
        head: ['Tier', 'Partners'],
        numeric: [1],
        rows: Object.entries(s.tierDistribution)
          .sort(([a], [b]) => tierRank(a === 'none' ? null : a) - tierRank(b === 'none' ? null : b))
          .map(([t, n]) => [tierName(t === 'none' ? null : t), String(n)]),
        note: s.inGrace ? `${plural(s.inGrace, 'partner')} keeps its tier in a grace period.` : undefined,
      },
    ],
  };
};

const roles = (r: ReadinessReport): Section => ({
  id: 'roles',
  title: 'Where are people qualified, and what is missing most?',
  blocks: [
    {
      kind: 'chart',
      title: 'People qualified per role, by level',
      option: readinessByRoleOption(r),
      width: 640,
      height: 280,
    },
    {
      kind: 'table',
      head: ['Role', 'People at level 1+', '2+', '3+', '4+', 'Partners with one at 3+'],
      numeric: [1, 2, 3, 4, 5],
      rows: r.readinessByRole.map((x) => [
        capitalise(x.role),
        ...x.qualifiedPeople.map(String),
        String(x.partnersWithQualified[2] ?? 0),
      ]),
    },
    { kind: 'paragraph', text: { strong: 'The largest gaps' } },
    r.largestGaps.length
      ? {
          kind: 'list',
          items: r.largestGaps.map((g) => [
            { strong: capitalise(g.label) },
            ` — ${plural(g.partners, 'partner')}`,
          ]),
        }
      : { kind: 'paragraph', text: 'No partner is short of anything for its next tier.' },
  ],
});

/** Program tier (CRM) above the readiness tier (computed): the partners to review. */
const review = (r: ReadinessReport): Section[] => {
  const list = r.partners.filter((p) => p.tierReview).sort((a, b) => a.name.localeCompare(b.name));
  if (!list.length) return [];
  return [
    {
      id: 'review',
      title: 'Whose program tier is above what they are ready for?',
      blocks: [
        {
          kind: 'paragraph',
          text: `${plural(list.length, 'partner')} hold a program tier (recorded in the CRM) above the readiness tier the evidence supports: review the program tier, or close the gaps.`,
        },
        {
          kind: 'table',
          head: ['Partner', 'Program tier', 'Readiness tier', 'Review'],
          rows: list.map((p) => [
            [p.name, { muted: ` ${p.externalId}` }],
            p.programTier ? capitalise(p.programTier) : 'none',
            tierName(p.tier),
            tierReviewText(p.programTier!, p.tier),
          ]),
        },
      ],
    },
  ];
};

const partners = (r: ReadinessReport): Section => ({
  id: 'partners',
  title: 'Every partner: readiness tier, components and what comes next',
  newPage: true,
  blocks: [
    {
      kind: 'table',
      head: [
        'Partner',
        'Readiness tier',
        'Program tier',
        'Composite',
        'Skills',
        'Capacity',
        'Outcomes',
        'Next',
        'First need',
      ],
      numeric: [3, 4, 5, 6],
      rows: [...r.partners]
        .sort(
          (a, b) =>
            tierRank(a.tier) - tierRank(b.tier) || b.composite - a.composite || a.name.localeCompare(b.name),
        )
        .map((p) => [
          [p.name, { muted: ` ${p.externalId}` }],
          tierCell(p),
          p.programTier === undefined ? '—' : p.programTier ? capitalise(p.programTier) : { muted: 'none' },
          formatScore(p.composite),
          formatPercent(p.skills),
          formatPercent(p.capacity),
          formatPercent(p.outcomes),
          p.nextTier ? tierName(p.nextTier.tier) : '—',
          firstNeed(p),
        ]),
      note: 'A composite of 0.0 means a component is at zero — usually skills: no one at the partner is qualified at level 1 yet (the composite is a geometric mean). Each partner’s full review (gates, every need, the remediation plan) is its page in the web app or trellis report partner with its id.',
    },
  ],
});

const sources = (r: ReadinessReport): Section => ({
  id: 'sources',
  title: 'Where these numbers come from',
  blocks: [
    {
      kind: 'list',
      items: [
        `Scored as of ${formatDate(r.asOf)}.`,
        `Tier policy ${r.policy.version} (sha256 ${r.policy.sha256}); competency framework ${r.competencyFramework.version} (sha256 ${r.competencyFramework.sha256}).`,
        'Composite = 100 × the weighted geometric mean of skills, capacity and outcomes; a tier needs its composite and every one of its gates.',
      ],
    },
  ],
});

export const readinessDocument = (r: ReadinessReport, org: string): Doc => ({
  title: 'How ready are our partners, and what holds them back?',
  subtitle: 'Partner readiness across the program: tiers, qualified people, the largest gaps',
  meta: [
    { label: 'Organisation', value: org },
    { label: 'As of', value: formatDate(r.asOf) },
    { label: 'Partners', value: String(r.summary.partners) },
  ],
  sections: [overview(r), ...review(r), roles(r), partners(r), sources(r)],
});
