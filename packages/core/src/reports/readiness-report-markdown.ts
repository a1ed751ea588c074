/** Renders the readiness report (the JSON contract) as Markdown. */

import type { ReadinessReport } from '@trellis/contracts';
import { pct, table } from './markdown.ts';

const tierName = (t: string | null) => (t ? t[0]!.toUpperCase() + t.slice(1) : 'No tier');

const partnerSection = (p: ReadinessReport['partners'][number]): string[] => [
  `### ${p.name} (${p.externalId}) — ${tierName(p.tier)}${p.change === 'grace' ? ` (in grace: earns ${tierName(p.earned)}; ${p.graceLeft} period(s) left before demotion)` : p.change === 'demoted' || p.change === 'promoted' ? ` (${p.change})` : ''}`,
  '',
  `Composite **${p.composite.toFixed(1)}** = 100 × skills ${pct(p.skills)} ^w × capacity ${pct(p.capacity)} ^w × outcomes ${pct(p.outcomes)} ^w (outcome confidence ${pct(p.outcomesConfidence)}); points lost: skills ${p.contributions.skills}, capacity ${p.contributions.capacity}, outcomes ${p.contributions.outcomes}.`,
  '',
  ...p.gates.map((g) => `- ${g.passed ? '✔' : '✘'} ${g.gate}: ${g.detail}`),
  '',
  `- Capacity: ${p.evidence.capacity.map((c) => `${c.role} ${c.qualified}/${c.needed}${c.demand > 0 ? ` (demand ${c.demand})` : ''}`).join(', ')}`,
  `- Outcomes: ${p.evidence.outcomes.map((o) => `${o.signal} ${o.raw === null ? 'no data' : o.raw} (n=${o.n}, ${pct(o.value)})`).join('; ')}`,
  ...(p.nextTier
    ? [
        `- Next tier (${tierName(p.nextTier.tier)}, composite ${p.nextTier.composite.toFixed(1)} there) needs: ${p.nextTier.needs.join('; ') || 'nothing more'}`,
      ]
    : ['- Top tier reached']),
  ...(p.remediation.length
    ? [
        '',
        table(
          ['#', 'Gap', 'Action', 'Owner', 'Mentor', 'Due', 'Status'],
          p.remediation.map((r) => [
            r.id,
            r.gap,
            r.action,
            r.owner ?? '—',
            r.mentor ?? '—',
            `${r.dueOn} (${r.bucket.slice(4)} d)`,
            r.status,
          ]),
        ),
      ]
    : []),
  '',
];

export const renderReadinessReportMarkdown = (r: ReadinessReport): string =>
  [
    `# Partner readiness — as of ${r.asOf}`,
    '',
    `Tier policy ${r.policy.version} (sha256 ${r.policy.sha256.slice(0, 12)}), competency framework ${r.competencyFramework.version}. Composite = weighted geometric mean of skills, capacity and outcomes × 100.`,
    '',
    '## Program-wide',
    '',
    table(
      ['Tier', 'Partners'],
      Object.entries(r.summary.tierDistribution).map(([t, n]) => [tierName(t === 'none' ? null : t), n]),
    ),
    '',
    `- ${r.summary.partners} partners; ${r.summary.inGrace} in a grace period; ${r.summary.heldBackByGates} held back by a gate although their composite reaches a higher tier.`,
    `- Remediation: ${r.summary.remediation.open} open, ${r.summary.remediation.inProgress} in progress, ${r.summary.remediation.done} done; gap closure rate ${pct(r.summary.remediation.gapClosureRate)}.`,
    '',
    '### Readiness by role',
    '',
    table(
      ['Role', 'People at level ≥1/≥2/≥3/≥4', 'Partners with one at ≥1/≥2/≥3/≥4'],
      r.readinessByRole.map((x) => [
        x.role,
        x.qualifiedPeople.join(' / '),
        x.partnersWithQualified.join(' / '),
      ]),
    ),
    '',
    '### Largest gaps',
    '',
    ...(r.largestGaps.length
      ? r.largestGaps.map((g) => `- ${g.label} (${g.key}): ${g.partners} partners`)
      : ['- none']),
    '',
    '## Partners',
    '',
    ...r.partners.flatMap(partnerSection),
  ].join('\n');
