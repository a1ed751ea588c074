import { withoutBidiControls } from '@trellis/contracts';
/**
 * A document as one self-contained HTML file: inline CSS and inline SVG charts, and a Content
 * Security Policy that forbids every request, so the file shows the same offline, in a mail
 * attachment or printed to PDF, and nothing in it can call out. Every piece of text is escaped.
 */
import { chartSvg } from './chart-svg.ts';
import type { Block, Doc, Inline, Text } from './document.ts';
import { documentCss } from './html-style.ts';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (s: string): string =>
  withoutBidiControls(s).replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const inline = (i: Inline): string =>
  typeof i === 'string'
    ? escapeHtml(i)
    : 'strong' in i
      ? `<strong>${escapeHtml(i.strong)}</strong>`
      : `<span class="muted">${escapeHtml(i.muted)}</span>`;
const text = (t: Text) => (Array.isArray(t) ? t : [t]).map(inline).join('');

const bandClass = (band: string) => `band band-${band.toLowerCase().replace(/[^a-z]/g, '')}`;

const block = (b: Block): string => {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${text(b.text)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((i) => `<li>${text(i)}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const cls = (i: number) => (b.numeric?.includes(i) ? ' class="num"' : '');
      return [
        '<table><thead><tr>',
        b.head.map((h, i) => `<th scope="col"${cls(i)}>${escapeHtml(h)}</th>`).join(''),
        '</tr></thead><tbody>',
        b.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${text(c)}</td>`).join('')}</tr>`).join(''),
        '</tbody></table>',
        b.note ? `<p class="table-note">${escapeHtml(b.note)}</p>` : '',
      ].join('');
    }
    case 'chart':
      return `<figure role="img" aria-label="${escapeHtml(b.title)}">${chartSvg(b.option, b.width, b.height)}<figcaption>${escapeHtml(b.title)}</figcaption></figure>`;
    case 'figures':
      return `<ul class="figures">${b.items
        .map(
          (f) =>
            `<li><div class="label">${escapeHtml(f.label)}</div><div class="value">${escapeHtml(f.value)}</div>${f.note ? `<div class="note">${escapeHtml(f.note)}</div>` : ''}</li>`,
        )
        .join('')}</ul>`;
    case 'headline':
      return `<div class="headline"><span class="value">${escapeHtml(b.value)}</span>${b.band ? `<span class="${bandClass(b.band)}">${escapeHtml(b.band)}</span>` : ''}<span>${text(b.text)}</span></div>`;
  }
};

/** Nothing may load: no script, no image, no font, no stylesheet from anywhere. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export const renderHtml = (doc: Doc): string =>
  [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${documentCss}</style>`,
    '</head><body><main>',
    '<header class="cover">',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="subtitle">${escapeHtml(doc.subtitle)}</p>`,
    `<ul class="meta">${doc.meta.map((m) => `<li>${escapeHtml(m.label)}: <b>${escapeHtml(m.value)}</b></li>`).join('')}</ul>`,
    '</header>',
    ...doc.sections.map(
      (s) =>
        `<section id="${escapeHtml(s.id)}"${s.newPage ? ' class="new-page"' : ''}><h2>${escapeHtml(s.title)}</h2>${s.blocks.map(block).join('\n')}</section>`,
    ),
    '</main></body></html>',
    '',
  ].join('\n');
