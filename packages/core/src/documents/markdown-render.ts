import { withoutBidiControls } from '@trellis/contracts';
/**
 * A document as Markdown. Every piece of text is escaped so that it stays text: no heading, list,
 * link, image, HTML tag or table cell can be started by what a partner or a user typed.
 */
import { type Block, type Doc, type Inline, plainText, type Text } from './document.ts';

/**
 * Markdown-inert text, still readable raw: a backslash before each character that can open markup
 * here — `\ ` * _ ~ [ ] < > |` anywhere (links, images, tags, emphasis, code, table cells), a
 * heading's `#`, a list marker or a rule where a line starts, `&` of an entity, the `:` of a URL
 * scheme and the `.` of `www.` (bare links) — and line breaks folded into spaces. CommonMark lets any ASCII punctuation be
 * escaped, so every renderer shows the characters themselves.
 */
export const mdText = (s: string): string =>
  mdInline(s)
    .replace(/^(\s*)(#{1,6}(?=\s|$)|[+-](?=\s|$)|-(?=-))/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');

/** The same for text that never starts a line (after `## `, `- `, in a table cell): only the inline markup. */
export const mdInline = (s: string): string =>
  withoutBidiControls(s)
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_~[\]<>|]/g, (c) => `\\${c}`)
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/\b(https?|ftp|mailto|javascript|data|vbscript|file):(?=\S)/gi, '$1\\:')
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`);

/** Emphasis markers must touch the text (CommonMark): spaces at either end go outside them. */
const wrap = (marker: string, s: string) => {
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(s.replace(/[\r\n]+/g, ' '))!;
  return core ? `${lead}${marker}${mdText(core)}${marker}${trail}` : s;
};

const inline = (i: Inline): string =>
  typeof i === 'string' ? mdText(i) : 'strong' in i ? wrap('**', i.strong) : wrap('_', i.muted);
const text = (t: Text) => (Array.isArray(t) ? t : [t]).map(inline).join('');

const block = (b: Block): string => {
  switch (b.kind) {
    case 'paragraph':
      return text(b.text);
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${text(item)}`).join('\n');
    case 'table': {
      const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
      const align = b.head.map((_, i) => (b.numeric?.includes(i) ? '---:' : '---'));
      return [
        row(b.head.map(mdText)),
        row(align),
        ...b.rows.map((r) => row(r.map(text))),
        ...(b.note ? ['', `_${mdText(b.note)}_`] : []),
      ].join('\n');
    }
    case 'chart':
      // Markdown has no charts: the tables beside each chart carry the same figures.
      return `_${mdText(`Chart in the HTML and PDF editions: ${b.title}.`)}_`;
    case 'figures':
      return b.items
        .map((f) => `- ${mdText(f.label)}: **${mdText(f.value)}**${f.note ? ` — ${mdText(f.note)}` : ''}`)
        .join('\n');
    case 'headline':
      return `**${mdText(b.value)}**${b.band ? ` (${mdText(b.band)})` : ''} — ${text(b.text)}`;
  }
};

export const renderMarkdown = (doc: Doc): string =>
  [
    `# ${mdInline(doc.title)}`,
    '',
    mdText(doc.subtitle),
    '',
    doc.meta.map((m) => `${mdText(m.label)}: ${mdText(m.value)}`).join(' · '),
    ...doc.sections.flatMap((s) => [
      '',
      `## ${mdInline(s.title)}`,
      ...s.blocks.flatMap((b) => ['', block(b)]),
    ]),
    '',
  ].join('\n');

export { plainText };
