/**
 * User text is inert in every document format: a partner name (or a reason, a region …) full of
 * Markdown and HTML comes out as the same characters, never as a heading, link, image, tag, list,
 * table cell or script. The Markdown is checked the way a reader's viewer would show it: rendered
 * by a CommonMark/GFM parser (marked), whose HTML must hold no element the text could have made.
 */
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Doc } from './document.ts';
import { escapeHtml, renderHtml } from './html-render.ts';
import { mdText, renderMarkdown } from './markdown-render.ts';

const HOSTILE = [
  '# Heading',
  '## Partner',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '![t](https://tracker.example/p.png)',
  'https://evil.example/x',
  'www.evil.example',
  '| a | b |',
  '- item',
  '+ item',
  '1. item',
  '---',
  '**bold** _it_ ~~gone~~',
  '`code`',
  '&lt;b&gt; &#106;avascript:',
  '=HYPERLINK("http://x")',
  'line one\n# line two',
  '\\[escaped\\]',
];

const doc = (name: string): Doc => ({
  title: name,
  subtitle: name,
  meta: [{ label: 'Organisation', value: name }],
  sections: [
    {
      id: 's',
      title: name,
      blocks: [
        { kind: 'paragraph', text: name },
        { kind: 'paragraph', text: [{ strong: name }, ' and ', { muted: name }] },
        { kind: 'list', items: [name, [{ strong: name }]] },
        { kind: 'table', head: ['Partner', 'Revenue'], rows: [[name, '$1M']], note: name },
        { kind: 'figures', items: [{ label: name, value: name, note: name }] },
        { kind: 'headline', value: '2.8', band: 'Developing', text: name },
      ],
    },
  ],
});

/** The elements the HTML renderer writes (charts aside: none in this document). */
const HTML_ALLOWED = new Set(
  'body main header h1 h2 p ul ol li b strong span div section table thead tbody tr th td'.split(' '),
);

/** The elements a rendered Markdown document may hold: those its own structure makes. */
const ALLOWED = new Set('h1 h2 p ul ol li strong em table thead tbody tr th td'.split(' '));

describe('user text in documents', () => {
  it.each(HOSTILE)('Markdown: %j stays text', (name) => {
    const html = marked.parse(renderMarkdown(doc(name)), { async: false, gfm: true });
    const tags = [...html.matchAll(/<([a-z][a-z0-9]*)\b/g)].map((m) => m[1]!);
    expect(tags.filter((t) => !ALLOWED.has(t))).toEqual([]);
    // Structure only from the document: one h1 (title), one h2 (section), one table with one body row.
    expect(tags.filter((t) => t === 'h1')).toHaveLength(1);
    expect(tags.filter((t) => t === 'h2')).toHaveLength(1);
    expect(tags.filter((t) => t === 'td')).toHaveLength(2);
    // Two list items and one figure.
    expect(tags.filter((t) => t === 'li')).toHaveLength(3);
    // The characters themselves are all there (as a viewer shows them), line breaks as spaces.
    const shown = name.replace(/\s+/g, ' ');
    const textOf = (h: string) =>
      h
        .replace(/<[^>]+>/g, '')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
    expect(textOf(marked.parse(mdText(name), { async: false, gfm: true }) as string).trim()).toBe(shown);
  });

  it.each(HOSTILE)('HTML: %j stays text', (name) => {
    const html = renderHtml(doc(name));
    const body = html.slice(html.indexOf('<body>'));
    const tags = new Set([...body.matchAll(/<([a-z][a-z0-9]*)\b/g)].map((m) => m[1]!));
    expect([...tags].filter((t) => !HTML_ALLOWED.has(t))).toEqual([]);
    // No attribute but the document's own (class, id, scope, role, aria-label).
    const attrs = new Set(
      [...body.matchAll(/<[a-z][a-z0-9]*((?:\s+[a-z-]+="[^"]*")*)\s*>/g)].flatMap((m) =>
        [...m[1]!.matchAll(/([a-z-]+)=/g)].map((a) => a[1]!),
      ),
    );
    expect([...attrs].filter((a) => !['class', 'id', 'scope', 'role', 'aria-label'].includes(a))).toEqual([]);
    expect(body).toContain(escapeHtml(name).replace(/\n/g, '\n'));
  });

  it('HTML loads nothing: a policy that forbids every request, and no URL but the SVG namespace', () => {
    const html = renderHtml(doc('Acme'));
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    const urls = [...html.matchAll(/https?:\/\/[^\s"')<]+/g)].map((m) => m[0]);
    expect(urls.filter((u) => !u.startsWith('http://www.w3.org/'))).toEqual([]);
  });
});
