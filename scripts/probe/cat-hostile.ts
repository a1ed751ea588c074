/**
 * Category "hostile text": script tags, event handlers, javascript: links, formulas, a direction
 * override and a Markdown link stored where users write text — partner names (a record and an
 * import), brief notes and manual-score reasons, plan owners, criterion reasons, remediation
 * owners, member names, rejected import cells — then every output read back: the program document
 * (HTML, Markdown, prompt, workbook), the readiness and partner documents (HTML, Markdown), the
 * JSON API and the CLI's import-errors CSV. One tried = one stored value found in one output.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { AppError } from '@trellis/core';
import { writeErrorReport } from '../../apps/cli/src/import-errors.ts';
import { type ProbeContext, V1 } from './context.ts';
import {
  hostile,
  judgeCsv,
  judgeHtml,
  judgeJson,
  judgeMarkdown,
  judgeWorkbook,
  PAYLOADS,
  type Seen,
} from './hostile-checks.ts';
import type { Answer } from './send.ts';
import { jobsIdle } from './state.ts';
import { Tally } from './tally.ts';

const N = PAYLOADS.length;
const FIELDS =
  'fields: a partner name (record), b partner name (import), c brief context notes, d manual-score reason, ' +
  'e brief constraints notes, f plan owner, g criterion reason, h remediation owner, i member name, j rejected import cell';
const csvQuote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Stores the hostile values; returns the partners whose documents show them. */
const plant = async (
  ctx: ProbeContext,
  must: (what: string, res: Answer | 'hang', status?: number) => Answer,
) => {
  const owner = ctx.tokens.owner;
  const post = async (url: string, body: unknown, status = 201, type?: string) =>
    must(
      `POST ${url}`,
      await ctx.call(owner, 'POST', url, body, type ? { 'content-type': type } : undefined),
      status,
    );
  for (let i = 0; i < N; i++)
    await post(`${V1}/partners`, {
      external_id: `HX-a-${i}`,
      name: hostile(i, 'a'),
      type: 'channel',
      joined_on: '2024-01-01',
      lifecycle: 'active',
    });
  const rows = Array.from(
    { length: N },
    (_, i) => `HX-b-${i},${csvQuote(hostile(i, 'b'))},channel,2024-01-01,active`,
  );
  const imp = await post(
    `${V1}/imports/partners`,
    `external_id,name,type,joined_on,lifecycle\n${rows.join('\n')}\n`,
    202,
    'text/csv',
  );
  await jobsIdle(ctx.s.db);
  must('import job', await ctx.call(owner, 'GET', `${V1}/jobs/${imp.data.id}`));
  for (let i = 0; i < N; i++)
    await post(`${V1}/members`, {
      email: `hx${i}@example.com`,
      name: hostile(i, 'i'),
      role: 'viewer',
      password: 'hostile password 1',
    });
  await post(`${V1}/readiness/scorings`, {}, 202);
  await jobsIdle(ctx.s.db);
  const brief = must('brief', await ctx.call(owner, 'GET', `${V1}/assessments/1/brief`)).data;
  brief.context.notes = PAYLOADS.map((_, i) => hostile(i, 'c')).join(' ');
  brief.constraints.notes = PAYLOADS.map((_, i) => hostile(i, 'e')).join(' ');
  brief.scores.forEach((s: { reason: string }, i: number) => {
    if (i < N) s.reason = hostile(i, 'd');
  });
  await post(`${V1}/assessments`, { brief }, 202);
  await jobsIdle(ctx.s.db);
  const report = must('report', await ctx.call(owner, 'GET', `${V1}/assessments/latest/report`)).data;
  const n = String(must('latest', await ctx.call(owner, 'GET', `${V1}/assessments/latest`)).data.number);
  const actions = [...report.plan.days30, ...report.plan.days60, ...report.plan.days90].map(
    (a: { action: string }) => a.action,
  );
  const criteria = report.scorecard.flatMap((d: { criteria: { id: string }[] }) =>
    d.criteria.map((c) => c.id),
  );
  for (let i = 0; i < N; i++) {
    const a = actions[i % actions.length];
    must(
      `PATCH plan ${a}`,
      await ctx.call(owner, 'PATCH', `${V1}/assessments/${n}/plan/${a}`, { owner: hostile(i, 'f') }),
    );
    const c = criteria[criteria.length - 1 - i];
    must(
      `PUT criterion ${c}`,
      await ctx.call(owner, 'PUT', `${V1}/assessments/${n}/criteria/${c}`, {
        score: 3,
        reason: hostile(i, 'g'),
      }),
    );
  }
  const items = must('remediation', await ctx.call(owner, 'GET', `${V1}/remediation`)).data.items.slice(0, N);
  for (const [i, item] of items.entries())
    must(
      `PATCH remediation ${item.id}`,
      await ctx.call(owner, 'PATCH', `${V1}/remediation/${item.id}`, { owner: hostile(i, 'h') }),
    );
  return {
    number: n,
    partners: [
      ...new Set([
        ...PAYLOADS.map((_, i) => `HX-a-${i}`),
        ...items.map((x: { partner: string }) => x.partner),
      ]),
    ],
  };
};

/** A rejected import of hostile cells, written as the CLI writes it (…errors.csv). */
const errorsCsv = async (ctx: ProbeContext): Promise<string> => {
  const rows = PAYLOADS.map((_, i) => `HX-j-${i},ok,channel,${csvQuote(hostile(i, 'j'))},active`);
  const res = await ctx.call(
    ctx.tokens.owner,
    'POST',
    `${V1}/imports/partners`,
    `external_id,name,type,joined_on,lifecycle\n${rows.join('\n')}\n`,
    { 'content-type': 'text/csv' },
  );
  if (res === 'hang') return '';
  await jobsIdle(ctx.s.db);
  const job = await ctx.call(ctx.tokens.owner, 'GET', `${V1}/jobs/${res.data.id}`);
  if (job === 'hang' || !job.data.error) return '';
  const err = new AppError(job.data.error.code, job.data.error.message, job.data.error.issues ?? []);
  const [csv] = writeErrorReport(err, 'partners.csv', `${tmpdir()}/trellis-probe-${process.pid}`);
  return readFileSync(csv!, 'utf8');
};

export const runHostile = async (ctx: ProbeContext): Promise<Tally> => {
  const tally = new Tally('hostile text');
  const must = (what: string, res: Answer | 'hang', status = 200): Answer => {
    if (res === 'hang' || res.status !== status) {
      tally.record(res === 'hang' ? 'hang' : res.status >= 500 ? 'crash' : 'unexpected', {
        what: `setup: ${what}`,
        expected: `${status}`,
        status: res === 'hang' ? undefined : res.status,
        got: res === 'hang' ? '' : res.body.slice(0, 300),
      });
      throw new Error(`setup: ${what}`);
    }
    return res;
  };
  let planted: Awaited<ReturnType<typeof plant>>;
  try {
    planted = await plant(ctx, must);
  } catch (e) {
    tally.note(String(e));
    return tally;
  }
  const get = async (url: string) => ctx.call(ctx.tokens.owner, 'GET', url);
  const outputs: [string, string, (a: Answer) => Seen[] | Promise<Seen[]>][] = [];
  const n = planted.number;
  for (const f of ['html', 'md', 'prompt'] as const)
    outputs.push([
      `program ${f}`,
      `${V1}/assessments/${n}/document?format=${f}`,
      (a) => (f === 'html' ? judgeHtml(a.body) : judgeMarkdown(a.body)),
    ]);
  outputs.push([`program xlsx`, `${V1}/assessments/${n}/document?format=xlsx`, (a) => judgeWorkbook(a.raw)]);
  for (const f of ['html', 'md'] as const) {
    const judge = (a: Answer) => (f === 'html' ? judgeHtml(a.body) : judgeMarkdown(a.body));
    outputs.push([`readiness ${f}`, `${V1}/readiness/document?format=${f}`, judge]);
    for (const p of planted.partners)
      outputs.push([`partner ${p} ${f}`, `${V1}/partners/${p}/document?format=${f}`, judge]);
  }
  for (const url of [
    '/partners?q=ZQ&limit=100',
    '/members',
    '/remediation',
    `/assessments/${n}/report`,
    `/assessments/${n}/brief`,
    '/readiness/tiers?limit=100',
  ])
    outputs.push([
      `JSON ${url.split('?')[0]}`,
      `${V1}${url}`,
      (a) => judgeJson(a.body, String(a.headers['content-type'])),
    ]);
  const reached = new Map<string, number>();
  for (const [name, url, judge] of outputs) {
    const res = await get(url);
    if (res === 'hang' || res.status !== 200) {
      tally.record(res === 'hang' ? 'hang' : res.status >= 500 ? 'crash' : 'unexpected', {
        what: `GET ${url}`,
        expected: '200',
        status: res === 'hang' ? undefined : res.status,
        got: res === 'hang' ? '' : res.body.slice(0, 300),
      });
      continue;
    }
    record(tally, name, await judge(res), reached);
  }
  record(tally, 'import-errors CSV (CLI)', judgeCsv(await errorsCsv(ctx)), reached);
  tally.note(FIELDS);
  tally.note(
    `outputs per field: ${[...fieldsSeen]
      .sort()
      .map(([f, o]) => `${f}: ${[...o].join(', ')}`)
      .join('; ')}`,
  );
  tally.note(`values found per output: ${[...reached].map(([k, v]) => `${k} ${v}`).join('; ')}`);
  return tally;
};

const fieldsSeen = new Map<string, Set<string>>();

/** One tried per stored value found in an output (its worst occurrence). */
const record = (tally: Tally, output: string, seen: Seen[], reached: Map<string, number>) => {
  const worst = new Map<string, Seen>();
  for (const s of seen) if (!worst.has(s.marker) || s.problem) worst.set(s.marker, s);
  reached.set(output, worst.size);
  for (const s of worst.values())
    fieldsSeen.set(
      s.field,
      new Set([...(fieldsSeen.get(s.field) ?? []), output.replace(/ HX-a-\d| P-\w+/, '')]),
    );
  for (const s of worst.values())
    tally.record(s.problem ? 'unsafe-output' : 'correct', {
      what: `${output}: ${JSON.stringify(PAYLOADS[s.payload])} in field ${s.field}`,
      expected: 'shown as inert text',
      got: `${s.problem ?? ''}: ${JSON.stringify(s.context)}`,
    });
};
