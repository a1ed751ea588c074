/**
 * Partner readiness beside the program: how many partners hold each tier and how many people are
 * qualified per role — from the readiness scoring on or before the assessment's date.
 */
import {
  capitalise,
  formatDate,
  plural,
  programAboveReadiness,
  readinessByRoleOption,
  tierDistributionOption,
  tierReviewText,
} from '@trellis/contracts';
import type { Section } from '../document.ts';
import type { ProgramDocumentInput } from './input.ts';

export const readinessSection = ({ readiness: r, report }: ProgramDocumentInput): Section | undefined => {
  if (!r) return undefined;
  const tiered = r.summary.partners - (r.summary.tierDistribution.none ?? 0);
  // Program tier (CRM) above the readiness tier (computed): the partners to review.
  const review = report.performance.partners
    .filter((p) => p.readiness && p.programTier && programAboveReadiness(p.programTier, p.readiness.tier))
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    id: 'readiness',
    title: 'How ready are the partners to deliver?',
    blocks: [
      {
        kind: 'paragraph',
        text: `${plural(tiered, 'partner')} of ${r.summary.partners} hold a readiness tier (computed from evidence, scored ${formatDate(r.asOf)}); ${plural(r.summary.heldBackByGates, 'partner')} held back by a gate. Each partner's readiness tier and what it needs next are in its review.`,
      },
      ...(review.length
        ? [
            {
              kind: 'paragraph' as const,
              text: [
                { strong: `Program tier above readiness tier — review (${review.length}): ` },
                review
                  .map((p) => `${p.name} (${tierReviewText(p.programTier!, p.readiness!.tier)})`)
                  .join('; '),
                '.',
              ],
            },
          ]
        : []),
      {
        kind: 'chart',
        title: 'Partners per readiness tier in effect',
        option: tierDistributionOption(r),
        width: 640,
        height: 240,
      },
      {
        kind: 'chart',
        title: 'People qualified per role, by level',
        option: readinessByRoleOption(r),
        width: 640,
        height: 260,
      },
      {
        kind: 'table',
        head: ['Role', 'People at level 1+', '2+', '3+', '4+'],
        numeric: [1, 2, 3, 4],
        rows: r.readinessByRole.map((x) => [capitalise(x.role), ...x.qualifiedPeople.map(String)]),
      },
    ],
  };
};
