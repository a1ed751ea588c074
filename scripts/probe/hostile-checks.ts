/**
 * Hostile text and how each output format must show it. Every stored value is a payload followed
 * by a marker (`ZQ<payload><field>Z`), so each output can be searched for each value and only the
 * text just before its marker judged: a tag, an event handler, a javascript: link, a live formula
 * or a direction override there means the value came out unescaped.
 */
import ExcelJS from 'exceljs';
import { marked } from 'marked';

export const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  "=cmd|' /C calc'!A0",
  '+SUM(1)',
  '\u202eexe.pdf',
  '[x](javascript:alert(1))',
] as const;

export const marker = (payload: number, field: string) => `ZQ${payload}${field}Z`;
export const hostile = (payload: number, field: string) => `${PAYLOADS[payload]}${marker(payload, field)}`;
const MARKER = /ZQ(\d)([a-z])Z/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

/** Live markup in rendered HTML just before a marker. */
const HTML_DANGER: [string, RegExp][] = [
  ['script tag', /<script\b/i],
  ['img tag', /<img\b/i],
  ['event handler', /<[a-z][^>]*\son[a-z]+\s*=/i],
  ['javascript: link', /\b(?:href|src)\s*=\s*["']?\s*javascript:/i],
  ['link', /<a\b[^>]*href/i],
  ['direction override', /[\u202a-\u202e\u2066-\u2069]/],
];

export interface Seen {
  /** "ZQ0aZ" */
  marker: string;
  payload: number;
  field: string;
  /** What is wrong, or undefined. */
  problem?: string;
  context: string;
}

/** Each marker with the text before it: up to 120 characters, back to the marker before it at most. */
const windows = (text: string) => {
  let end = 0;
  return [...text.matchAll(MARKER)].map((m) => {
    const context = text.slice(Math.max(end, m.index - 120), m.index + m[0].length);
    end = m.index + m[0].length;
    return { m, context };
  });
};

/** Every marker in `html` with the text before it judged. */
export const judgeHtml = (html: string): Seen[] =>
  windows(html).map(({ m, context }) => {
    const problem = HTML_DANGER.find(([, re]) => re.test(context))?.[0];
    return { marker: m[0], payload: Number(m[1]), field: m[2]!, problem, context };
  });

/** Markdown as a reader's viewer shows it (CommonMark/GFM by marked), then judged as HTML; overrides in the source. */
export const judgeMarkdown = (md: string): Seen[] => {
  const html = marked.parse(md, { async: false, gfm: true }) as string;
  const overridden = new Set(
    windows(md)
      .filter((w) => BIDI.test(w.context))
      .map((w) => w.m[0]),
  );
  return judgeHtml(html).map((s) => ({
    ...s,
    problem: s.problem ?? (overridden.has(s.marker) ? 'direction override in the Markdown' : undefined),
  }));
};

const FORMULA = /^[=+\-@\t\r]/;

/** Every cell of every sheet that holds a marker: no formula, formula-like text marked Text, no override. */
export const judgeWorkbook = async (bytes: Buffer): Promise<Seen[]> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const seen: Seen[] = [];
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const text = typeof cell.value === 'string' ? cell.value : JSON.stringify(cell.value);
        for (const m of text.matchAll(MARKER)) {
          const problem =
            cell.type === ExcelJS.ValueType.Formula
              ? 'a formula cell'
              : FORMULA.test(text) && cell.numFmt !== '@'
                ? `formula-like text in a cell not marked Text (numFmt ${cell.numFmt})`
                : BIDI.test(text)
                  ? 'direction override in the cell'
                  : undefined;
          seen.push({
            marker: m[0],
            payload: Number(m[1]),
            field: m[2]!,
            problem,
            context: `${ws.name}!${cell.address}: ${JSON.stringify(text)}`,
          });
        }
      }),
    );
  return seen;
};

/** Every CSV cell holding a marker: formula-like text behind an apostrophe, no override. */
export const judgeCsv = (csv: string): Seen[] =>
  [...csv.matchAll(/"((?:[^"]|"")*)"/g)].flatMap((c) =>
    [...c[1]!.matchAll(MARKER)].map((m) => ({
      marker: m[0],
      payload: Number(m[1]),
      field: m[2]!,
      problem: FORMULA.test(c[1]!)
        ? 'formula-like cell without an apostrophe'
        : BIDI.test(c[1]!)
          ? 'direction override in the cell'
          : undefined,
      context: c[0].slice(0, 120),
    })),
  );

/** JSON: the exact value round-trips (JSON is data; its reader escapes). */
export const judgeJson = (body: string, contentType: string): Seen[] => {
  const strings: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') strings.push(v);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) walk(x);
  };
  walk(JSON.parse(body));
  return strings.flatMap((s) =>
    [...s.matchAll(MARKER)].map((m) => {
      const p = Number(m[1]);
      const exact = s.includes(`${PAYLOADS[p]}${m[0]}`);
      const problem = !contentType.startsWith('application/json')
        ? `served as ${contentType}`
        : exact
          ? undefined
          : 'the value did not round-trip';
      return { marker: m[0], payload: p, field: m[2]!, problem, context: s.slice(0, 120) };
    }),
  );
};
