/** The readiness report as Markdown: the readiness document (documents/readiness/), rendered. */
import type { ReadinessReport } from '@trellis/contracts';
import { renderMarkdown } from '../documents/markdown-render.ts';
import { readinessDocument } from '../documents/readiness/readiness-document.ts';

export const renderReadinessReportMarkdown = (r: ReadinessReport, org: string): string =>
  renderMarkdown(readinessDocument(r, org));
