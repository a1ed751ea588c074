/**
 * The program assessment as a spreadsheet for the operations team: every partner's performance and
 * readiness, the portfolio map, the scorecard by criterion and the plan — full precision, typed
 * cells, one row per thing.
 */
import { programAboveReadiness } from '@trellis/contracts';
import type { Sheet } from '../workbook.ts';
import { criteriaOf, type ProgramDocumentInput } from './input.ts';

const HEALTH = ['engaged', 'passive', 'at-risk', 'dormant'] as const;

export const programWorkbook = ({ report: r }: ProgramDocumentInput): Sheet[] => [
  {
    name: 'Performance',
    columns: [
      { header: 'Partner', kind: 'text' },
      { header: 'ID', kind: 'text' },
      { header: 'Type', kind: 'text' },
      { header: 'Health', kind: 'text' },
      { header: 'Engagement', kind: 'text' },
      { header: 'Revenue', kind: 'usd' },
      { header: 'Partner-sourced revenue', kind: 'usd' },
      { header: 'Pipeline', kind: 'usd' },
      { header: 'Deals won', kind: 'int' },
      { header: 'Satisfaction (0–10)', kind: 'score' },
      { header: 'Days to first deal', kind: 'int' },
      { header: 'Last activity', kind: 'date' },
      { header: 'Health reasons', kind: 'text' },
    ],
    rows: [...r.performance.partners]
      .sort((a, b) => b.revenue - a.revenue || a.externalId.localeCompare(b.externalId))
      .map((p) => [
        p.name,
        p.externalId,
        p.type,
        p.health,
        p.engagement,
        p.revenue,
        p.sourcedRevenue,
        p.pipeline,
        p.deals,
        p.satisfaction,
        p.timeToFirstDealDays,
        p.lastActivityOn,
        p.healthReasons.join('; '),
      ]),
  },
  {
    name: 'Readiness',
    columns: [
      { header: 'Partner', kind: 'text' },
      { header: 'ID', kind: 'text' },
      { header: 'Program tier (CRM)', kind: 'text' },
      { header: 'Readiness tier in effect', kind: 'text' },
      { header: 'Readiness tier earned', kind: 'text' },
      { header: 'Review (program above readiness)', kind: 'text' },
      { header: 'Composite', kind: 'score' },
      { header: 'Scored as of', kind: 'date' },
    ],
    rows: r.performance.partners.map((p) => [
      p.name,
      p.externalId,
      p.programTier ?? 'none',
      p.readiness ? (p.readiness.tier ?? 'none') : 'not scored',
      p.readiness ? (p.readiness.earned ?? 'none') : null,
      p.readiness && programAboveReadiness(p.programTier, p.readiness.tier) ? 'review' : null,
      p.readiness?.composite ?? null,
      p.readiness?.asOf ?? null,
    ]),
  },
  {
    name: 'Portfolio',
    columns: [
      { header: 'Type', kind: 'text' },
      { header: 'Health', kind: 'text' },
      { header: 'Partners', kind: 'int' },
      { header: 'Revenue', kind: 'usd' },
    ],
    rows: r.portfolio.segments.flatMap((s) =>
      HEALTH.map((h) => [s.type, h, s.health[h].partners, s.health[h].revenue]),
    ),
  },
  {
    name: 'Scorecard',
    columns: [
      { header: 'Dimension', kind: 'text' },
      { header: 'Criterion', kind: 'text' },
      { header: 'ID', kind: 'text' },
      { header: 'Suggested by the data', kind: 'int' },
      { header: "Assessor's score", kind: 'int' },
      { header: 'Final', kind: 'int' },
      { header: 'Signal value', kind: 'number' },
      { header: 'Signal', kind: 'text' },
      { header: 'Basis', kind: 'text' },
      { header: "Assessor's reason", kind: 'text' },
    ],
    rows: criteriaOf(r).map((c) => [
      c.dimension,
      c.text,
      c.id,
      c.suggested,
      c.manual?.score ?? null,
      c.final,
      c.signal?.value ?? null,
      c.signal?.display ?? (c.missingData.length ? `not measured: import ${c.missingData.join(', ')}` : null),
      c.signal?.basis ?? null,
      c.manual?.reason ?? null,
    ]),
  },
  {
    name: 'Plan',
    columns: [
      { header: 'When', kind: 'text' },
      { header: 'Action', kind: 'text' },
      { header: 'Owner', kind: 'text' },
      { header: 'Effort', kind: 'text' },
      { header: 'Priority', kind: 'score' },
      { header: 'Status', kind: 'text' },
      { header: 'Why', kind: 'text' },
      { header: 'Deferred because', kind: 'text' },
    ],
    rows: [
      ...(
        [
          ['days 1–30', r.plan.days30],
          ['days 31–60', r.plan.days60],
          ['days 61–90', r.plan.days90],
        ] as const
      ).flatMap(([when, items]) =>
        items.map((a) => [when, a.title, a.owner ?? null, a.effort, a.priority, a.status, a.because, null]),
      ),
      ...r.plan.deferred.map((a) => [
        'deferred',
        a.title,
        a.owner ?? null,
        a.effort,
        a.priority,
        a.status,
        a.because,
        a.reason,
      ]),
    ],
  },
];
