/**
 * The program assessment as a document for an executive: the one-page summary first, then the six
 * deliverables with their charts, the plan, and an appendix of where every number comes from.
 * Markdown, HTML and PDF render this one document.
 */
import { formatDate } from '@trellis/contracts';
import type { Doc, Section } from '../document.ts';
import { appendixSection } from './appendix-section.ts';
import { historySection } from './history-section.ts';
import type { ProgramDocumentInput } from './input.ts';
import { enablementSection, performanceSection } from './performance-section.ts';
import { planSection } from './plan-section.ts';
import { portfolioSection } from './portfolio-section.ts';
import { quartersSection } from './quarters-section.ts';
import { readinessSection } from './readiness-section.ts';
import { scorecardSection } from './scorecard-section.ts';
import { summarySection } from './summary-section.ts';

export type { ProgramDocumentInput };

export const programDocument = (input: ProgramDocumentInput): Doc => ({
  title: 'How mature is our partner program?',
  subtitle: `${input.report.program} — partner program readiness assessment`,
  meta: [
    { label: 'Organisation', value: input.org },
    { label: 'As of', value: formatDate(input.report.asOf) },
    { label: 'Assessment', value: `#${input.assessment.number}, ${input.assessment.status}` },
    ...(input.previous
      ? [
          {
            label: 'Compared with',
            value: `#${input.previous.number}, ${formatDate(input.previous.report.asOf)}`,
          },
        ]
      : []),
  ],
  // History and readiness are there only when there is an assessment before and a scoring.
  sections: [
    summarySection(input),
    historySection(input),
    quartersSection(input),
    scorecardSection(input),
    portfolioSection(input),
    enablementSection(input),
    performanceSection(input),
    readinessSection(input),
    planSection(input),
    appendixSection(input),
  ].filter((s): s is Section => s !== undefined),
});
