/**
 * The partner portfolio: the type × health grid (chart and table), the lifecycle of new partners as
 * a table of its own (a partner counts once in each grouping), coverage gaps, the relationships at risk.
 */
import { plural, portfolioGridOption, revenueParetoOption, usdShort } from '@trellis/contracts';
import type { Section } from '../document.ts';
import type { ProgramDocumentInput } from './input.ts';

const HEALTH = ['engaged', 'passive', 'at-risk', 'dormant'] as const;

export const portfolioSection = ({ report: r }: ProgramDocumentInput): Section => {
  const p = r.portfolio;
  const cell = (n: number, revenue: number) =>
    n === 0 ? '0' : revenue > 0 ? `${n} (${usdShort(revenue)})` : `${n}`;
  return {
    id: 'portfolio',
    title: '3) Partner portfolio map: where are our partners, and how healthy are they?',
    newPage: true,
    blocks: [
      {
        kind: 'chart',
        title: 'Partners by type and health: the number of partners in each cell',
        option: portfolioGridOption(r),
        width: 640,
        height: 60 + 56 * Math.max(2, p.segments.length),
      },
      {
        kind: 'table',
        head: ['Type', 'Partners', 'Revenue', 'Engaged', 'Passive', 'At-risk', 'Dormant'],
        numeric: [1, 2, 3, 4, 5, 6],
        rows: p.segments.map((g) => [
          g.type,
          String(g.partners),
          usdShort(g.revenue),
          ...HEALTH.map((h) => cell(g.health[h].partners, g.health[h].revenue)),
        ]),
        note: 'Each partner counts once: its health in the period (revenue in brackets).',
      },
      {
        kind: 'table',
        head: ['Type', 'Partners', 'Launching', 'Stalled'],
        numeric: [1, 2, 3],
        rows: p.segments.map((g) => [g.type, String(g.partners), String(g.launching), String(g.stalled)]),
        note: 'Lifecycle, a grouping of its own: launching = still onboarding; stalled = active but passive and without a won deal yet.',
      },
      {
        kind: 'list',
        items: [
          [
            { strong: 'Coverage gaps: ' },
            p.coverageGaps.length
              ? p.coverageGaps
                  .map((c) =>
                    c.status === 'none'
                      ? `${c.name} (${c.kind}) — no partner`
                      : `${c.name} (${c.kind}) — ${plural(c.partners, 'partner')}, none active`,
                  )
                  .join('; ')
              : 'none: every target region and segment has an active partner.',
          ],
          [
            { strong: 'At risk: ' },
            p.atRisk.length
              ? p.atRisk
                  .map((a) => `${a.name} (${usdShort(a.revenue)}) — ${a.reasons.join('; ')}`)
                  .join(' · ')
              : 'no relationship is at risk.',
          ],
        ],
      },
      {
        kind: 'chart',
        title:
          'Where partner revenue comes from: the top partners by revenue and the running share of all partner revenue',
        option: revenueParetoOption(r),
        width: 640,
        height: 340,
      },
    ],
  };
};
