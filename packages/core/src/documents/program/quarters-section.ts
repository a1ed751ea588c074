/**
 * The program over quarters, as the document of one assessment sees it (nothing after its as-of
 * date): the overall and dimension scores of every assessment to date, the partners per readiness
 * tier at each scoring, and what changed for customers between the assessment before and this one.
 */
import { formatDate, formatScore, tierName } from '@trellis/contracts';
import type { Section } from '../document.ts';
import type { ProgramDocumentInput } from './input.ts';

const TIERS = ['platinum', 'gold', 'silver', 'bronze', 'none'];

export const quartersSection = ({ history: h }: ProgramDocumentInput): Section | undefined => {
  if (!h || (h.assessments.length < 2 && h.scorings.length < 2)) return undefined;
  const dims = h.assessments.at(-1)?.dimensions ?? [];
  const tiers = TIERS.filter((t) => h.scorings.some((s) => (s.tierDistribution[t] ?? 0) > 0));
  return {
    id: 'quarters',
    title: 'How has the program moved, quarter over quarter?',
    blocks: [
      ...(h.assessments.length >= 2
        ? [
            {
              kind: 'table' as const,
              head: ['As of', 'Overall', ...dims.map((d) => d.dimension)],
              numeric: [1, ...dims.map((_, i) => i + 2)],
              rows: h.assessments.map((a) => [
                `${formatDate(a.asOf)} (#${a.number})`,
                a.overall ? `${formatScore(a.overall.score)} ${a.overall.band}` : '—',
                ...dims.map((d) => {
                  const x = a.dimensions.find((y) => y.id === d.id)?.score;
                  return x == null ? '—' : formatScore(x);
                }),
              ]),
              note: 'One assessment per as-of date (the latest made of that date), oldest first.',
            },
          ]
        : []),
      ...(h.scorings.length >= 2
        ? [
            {
              kind: 'table' as const,
              head: [
                'Readiness scored',
                ...tiers.map((t) => (t === 'none' ? 'No readiness tier' : tierName(t))),
              ],
              numeric: tiers.map((_, i) => i + 1),
              rows: h.scorings.map((s) => [
                formatDate(s.asOf),
                ...tiers.map((t) => String(s.tierDistribution[t] ?? 0)),
              ]),
              note: 'Partners per readiness tier in effect at each scoring.',
            },
          ]
        : []),
      ...(h.outcomes ? [{ kind: 'paragraph' as const, text: { strong: h.outcomes.change.statement } }] : []),
    ],
  };
};
