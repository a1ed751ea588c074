/** A document in one of the text formats: Markdown, or one self-contained HTML file. */
import type { Doc } from './document.ts';
import { renderHtml } from './html-render.ts';
import { renderMarkdown } from './markdown-render.ts';

export const renderDocument = (doc: Doc, format: 'md' | 'html'): string =>
  format === 'html' ? renderHtml(doc) : renderMarkdown(doc);
