/** The readiness report as Markdown: the readiness document (readiness-document.ts), rendered. */
import type { ReadinessReport } from '@trellis/contracts';
import { renderMarkdown } from '../markdown-render.ts';
import { readinessDocument } from './readiness-document.ts';

export const renderReadinessReportMarkdown = (r: ReadinessReport, org: string): string =>
  renderMarkdown(readinessDocument(r, org));
