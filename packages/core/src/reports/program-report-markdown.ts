/** Renders the program report (the JSON contract) as Markdown: the six deliverables in the seed's order. */

import type { ProgramReport } from '@trellis/contracts';
import { type RecordKind, readinessUses } from '../domain/record-kinds.ts';
import { num1, pct, plural, table, usdShort } from './markdown.ts';

/** The criteria a kind of record feeds, and what of partner readiness reads it. */
const feedsCell = (kind: string, feeds: readonly string[]) => {
  const readiness = readinessUses[kind as RecordKind];
  const parts = [
    ...(feeds.length ? [feeds.map((f) => `\`${f}\``).join(', ')] : []),
    ...(readiness ? [`partner readiness: ${readiness}`] : []),
  ];
  return parts.length ? parts.join('; ') : '—';
};

const months = (days: number | null) =>
  days === null ? 'n/a' : `${Math.round(days)} days (${(days / 30.44).toFixed(1)} months)`;

const fmtObjective = (o: ProgramReport['brief']['objectives'][number]): string => {
  const target =
    o.metric === 'partner_revenue'
      ? usdShort(o.target)
      : o.metric === 'revenue_share' || o.metric === 'active_share'
        ? pct(o.target)
        : o.metric === 'satisfaction'
          ? `${num1(o.target)}/10`
          : o.metric === 'time_to_first_deal'
            ? `${o.target} days`
            : String(o.target);
  return `${o.metric.replace(/_/g, ' ')} ${target}${o.deadline ? ` by ${o.deadline}` : ''}`;
};

const briefSection = (r: ProgramReport): string[] => {
  const b = r.brief;
  return [
    '## Brief',
    '',
    `- Context: ${b.context.notes ?? '—'}${b.context.companyRevenue ? ` Company revenue ${usdShort(b.context.companyRevenue)}.` : ''} Target regions: ${b.context.targetRegions.join(', ') || '—'}; segments: ${b.context.targetSegments.join(', ') || '—'}.`,
    `- Objectives: ${[...b.objectives.map(fmtObjective), ...b.initiatives.map((i) => i.title + (i.count ? ` (${i.count})` : ''))].join('; ') || '—'}`,
    `- Constraints: team of ${b.constraints.teamSize}; budget ${b.constraints.budget}; executive bandwidth ${b.constraints.executiveBandwidth}${b.constraints.notes ? `. ${b.constraints.notes}` : ''}`,
  ];
};

const summary = (r: ProgramReport): string[] => {
  const v = r.summary.valueRealized;
  return [
    '## 1) Executive summary',
    '',
    `- **Overall maturity: ${r.summary.overall.score.toFixed(1)} (${r.summary.overall.band})**`,
    `- Partner value: ${usdShort(v.partnerSourcedRevenue)} partner-sourced revenue${
      v.revenueShare !== null ? ` (${pct(v.revenueShare)} of company revenue)` : ''
    }; ${v.active} of ${v.partners} partners active in the last ${r.period.activeDays} days; ${v.engaged} engaged, ${v.passive} passive, ${v.atRisk} at-risk, ${v.dormant} dormant`,
    `- Top improvements: ${r.summary.topImprovements.map((t, i) => `(${i + 1}) ${t.title}`).join('; ')}`,
  ];
};

const scorecard = (r: ProgramReport): string[] => [
  '## 2) Dimension scorecard',
  '',
  table(
    ['Dimension', 'Score', 'Band', 'Findings'],
    r.scorecard.map((d) => [
      d.dimension,
      d.score === null ? '—' : `${d.score.toFixed(1)}/5`,
      d.band,
      d.findings.map((f) => f.text).join(' • '),
    ]),
  ),
  '',
  `Overall ${r.summary.overall.score.toFixed(1)} (${r.summary.overall.band}) is the weighted mean of the unrounded dimension scores of the assessed dimensions; each dimension is the mean of its scored criteria (appendix). ${r.summary.headline.at(-1)}.`,
  ...(r.claimsVsObserved.length
    ? [
        '',
        '**Claimed vs observed** (the assessor’s score differs from the data by 2 or more; the report uses the assessor’s):',
        '',
        ...r.claimsVsObserved.map(
          (c) =>
            `- ${c.text}: claimed ${c.claimed}/5, observed ${c.observed}/5 — ${c.signal.display} (${c.signal.basis}); assessor: "${c.reason}". On the data alone, ${c.dimension} would be ${c.dimensionScoreOnData.toFixed(1)} instead of ${c.dimensionScore.toFixed(1)}.`,
        ),
      ]
    : []),
];

const portfolio = (r: ProgramReport): string[] => {
  const p = r.portfolio;
  const states = ['engaged', 'passive', 'at-risk', 'dormant'] as const;
  return [
    '## 3) Partner portfolio map',
    '',
    table(
      [
        'Type',
        'Partners',
        'Revenue',
        ...states.map((s) => s[0]!.toUpperCase() + s.slice(1)),
        'Launching',
        'Stalled',
      ],
      p.segments.map((g) => [
        g.type,
        g.partners,
        usdShort(g.revenue),
        ...states.map(
          (s) => `${g.health[s].partners}${g.health[s].revenue ? ` (${usdShort(g.health[s].revenue)})` : ''}`,
        ),
        g.launching,
        g.stalled,
      ]),
    ),
    '',
    `- Top performers: ${
      p.topPerformers
        .map(
          (t) =>
            `${t.name} (${usdShort(t.revenue)}, ${plural(t.deals, 'deal')}, ${pct(t.revenueShare)} of partner revenue)`,
        )
        .join('; ') || 'none'
    }`,
    `- Coverage gaps: ${
      p.coverageGaps
        .map(
          (g) =>
            `${g.name} ${g.kind} — ${g.status === 'none' ? 'no partner' : `${g.partners} partners, none active (underserved)`}`,
        )
        .join('; ') || 'none'
    }`,
    `- At-risk: ${p.atRisk.map((a) => `${a.name} (${usdShort(a.revenue)}) — ${a.reasons.join('; ')}`).join(' | ') || 'none'}`,
  ];
};

const enablement = (r: ProgramReport): string[] => {
  const e = r.enablement;
  return [
    '## 4) Enablement gap analysis',
    '',
    table(
      ['Area', 'Mean', 'n', 'Distribution 0…10', `Below ${e.target}?`],
      e.feedback.map((f) => [
        f.area,
        f.mean === null ? 'n/a' : `${num1(f.mean)}/10`,
        f.n,
        f.distribution.join(' '),
        f.belowTarget ? 'yes' : 'no',
      ]),
    ),
    '',
    `- Training completion: ${e.trainingCompletion.partners} partners (${pct(e.trainingCompletion.share)}) completed ${e.trainingCompletion.completions} trainings in the period`,
    '- Recommendations:',
    ...e.recommendations.map((x) => `  - ${x.title} — because ${x.because} (best practice ${x.practice})`),
  ];
};

const performance = (r: ProgramReport): string[] => {
  const p = r.performance;
  const names = new Map(p.partners.map((x) => [x.externalId, x]));
  return [
    '## 5) Performance dashboard',
    '',
    table(
      [
        'Partner',
        'Type',
        'Pipeline',
        'Revenue',
        'Deals',
        'Engagement',
        'Satisfaction',
        'Time to first deal',
        'Health',
        'Readiness tier',
      ],
      p.partners.map((x) => [
        x.name,
        x.type,
        usdShort(x.pipeline),
        usdShort(x.revenue),
        x.deals,
        x.engagement,
        x.satisfaction === null ? 'n/a' : `${num1(x.satisfaction)}/10`,
        x.timeToFirstDealDays === null ? 'n/a' : `${x.timeToFirstDealDays} d`,
        x.health,
        x.readiness ? `${x.readiness.tier ?? 'none'} (${x.readiness.composite.toFixed(1)})` : '—',
      ]),
    ),
    '',
    `- Top contributors: ${
      p.topContributors
        .map((id) => names.get(id)!)
        .map(
          (x) => `${x.name} (${usdShort(x.revenue)}, ${plural(x.deals, 'deal')}, ${x.engagement} engagement)`,
        )
        .join('; ') || 'none'
    }`,
    `- Underperformers: ${p.underperformers.map((u) => `${u.name} (${u.why})`).join('; ') || 'none'}`,
    `- Average time-to-first-deal: ${months(p.aggregates.avgTimeToFirstDealDays)}; median ${months(p.aggregates.medianTimeToFirstDealDays)}`,
    `- Engagement rate: ${pct(p.aggregates.activeShare)} of partners active in the last ${r.period.activeDays} days`,
    `- Partner satisfaction: ${num1(p.aggregates.avgSatisfaction)}/10`,
  ];
};

const fmtMetric = (unit: string, v: number | null): string => {
  if (v === null) return 'not set';
  if (unit === 'usd') return usdShort(v);
  if (unit === 'share') return pct(v);
  if (unit === 'score10') return `${num1(v)}/10`;
  if (unit === 'days') return months(v);
  return String(v);
};

const plan = (r: ProgramReport): string[] => {
  const items = (xs: ProgramReport['plan']['days30']) =>
    xs.map((i) => `  - ${i.title} _(${i.because}; priority score ${i.priority})_`);
  return [
    '## 6) 30/60/90-day partnership plan',
    '',
    `Capacity: ${r.plan.capacityPerBucket} actions per 30 days for this team.`,
    '',
    '- 30 days:',
    ...items(r.plan.days30),
    '- 60 days:',
    ...items(r.plan.days60),
    '- 90 days:',
    ...items(r.plan.days90),
    ...(r.plan.deferred.length
      ? ['- Deferred:', ...r.plan.deferred.map((d) => `  - ${d.title} — ${d.reason}`)]
      : []),
    '',
    table(
      ['Metric', 'Baseline (data)', 'Target (objective)', 'Deadline', 'Definition'],
      r.plan.metrics.map((m) => [
        m.label,
        fmtMetric(m.unit, m.baseline),
        fmtMetric(m.unit, m.target),
        m.deadline ?? '—',
        m.basis,
      ]),
    ),
  ];
};

/** Up to eight partner ids behind a signal, so a reader can trace it to records. */
const evidence = (ids: string[] | undefined): string => {
  if (!ids?.length) return '';
  const shown = ids.slice(0, 8).join(', ');
  return ` — partners: ${shown}${ids.length > 8 ? ` and ${ids.length - 8} more` : ''}`;
};

const appendix = (r: ProgramReport): string[] => [
  '## Appendix: criteria, signals and evidence',
  '',
  table(
    ['Criterion', 'Signal', 'Suggested', 'Assessor', 'Final'],
    r.scorecard.flatMap((d) =>
      d.criteria.map((c) => [
        c.text,
        c.signal
          ? `${c.signal.display} — ${c.signal.basis}${c.smallSample ? ' — small sample' : ''}${evidence(c.signal.partners)}`
          : c.missingData.length
            ? `not measured: import ${c.missingData.join(' and ')} to measure this`
            : '—',
        c.suggested ?? '—',
        c.manual ? `${c.manual.score} (${c.manual.reason})` : '—',
        c.final ?? (c.missingData.length ? 'not measured' : 'not assessed'),
      ]),
    ),
  ),
  '',
  '### Data coverage',
  '',
  table(
    ['Records', 'Rows', 'Dates', 'Feeds'],
    r.dataCoverage.map((k) => [
      k.kind,
      k.rows,
      k.rows === 0 ? 'none imported' : k.from ? `${k.from} → ${k.to}` : '—',
      feedsCell(k.kind, k.feeds),
    ]),
  ),
  '',
  '### Definitions',
  '',
  ...Object.entries(r.definitions).map(([k, v]) => `- **${k}**: ${v}`),
];

export const renderProgramReportMarkdown = (r: ProgramReport): string =>
  [
    `# ${r.program} — partner program readiness`,
    '',
    `As of ${r.asOf} (period ${r.period.start} → ${r.period.end}); framework ${r.framework.kind} ${r.framework.version} (sha256 ${r.framework.sha256.slice(0, 12)}).`,
    '',
    ...briefSection(r),
    '',
    ...summary(r),
    '',
    ...scorecard(r),
    '',
    ...portfolio(r),
    '',
    ...enablement(r),
    '',
    ...performance(r),
    '',
    ...plan(r),
    '',
    ...appendix(r),
    '',
  ].join('\n');
