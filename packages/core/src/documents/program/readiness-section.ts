/**
 * Partner readiness beside the program: how many partners hold each tier and how many people are
 * qualified per role — from the readiness scoring on or before the assessment's date.
 */
import {
  capitalise,
  formatDate,
  plural,
  readinessByRoleOption,
  tierDistributionOption,
} from '@trellis/contracts';
import type { Section } from '../document.ts';
import type { ProgramDocumentInput } from './input.ts';

export const readinessSection = ({ readiness: r }: ProgramDocumentInput): Section | undefined => {
  if (!r) return undefined;
  const tiered = r.summary.partners - (r.summary.tierDistribution.none ?? 0);
  return {
    id: 'readiness',
    title: 'How ready are the partners to deliver?',
    blocks: [
      {
        kind: 'paragraph',
        text: `${plural(tiered, 'partner')} of ${r.summary.partners} hold a tier (readiness scored ${formatDate(r.asOf)}); ${plural(r.summary.heldBackByGates, 'partner')} held back by a gate. Each partner's tier and what it needs next are in its review.`,
      },
      {
        kind: 'chart',
        title: 'Partners per tier in effect',
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
