/**
 * Category "bad inputs": each case of bad-input-cases.ts sent once (as the owner, or the program
 * manager for imports); due a 4xx problem+json naming the problem, and no change to what is stored
 * (a queued import must end failed and write no record). At the end, no job may be left running.
 */
import { type Case, cases } from './bad-input-cases.ts';
import type { ProbeContext } from './context.ts';
import type { Answer } from './send.ts';
import { changed, fingerprint, jobsIdle } from './state.ts';
import { Tally, type Verdict } from './tally.ts';

/** A failed import job leaves its own row (and log lines) behind; nothing else may change. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const JOB_TABLES = ['sessions', 'jobs', 'audit_log', 'import_log'];

const judge = async (ctx: ProbeContext, c: Case, res: Answer): Promise<[Verdict, string]> => {
  if (res.status >= 500) return ['crash', ''];
  if (c.job && res.status === 202) {
    const idle = await jobsIdle(ctx.s.db, 60_000);
    const job = await ctx.call(ctx.tokens.owner, 'GET', `/api/v1/orgs/demo/jobs/${res.data.id}`);
    if (!idle || job === 'hang') return ['hang', 'the job did not end'];
    if (c.decoded && job.data.status === 'done') {
      const rows = await ctx.s.db.query<{ name: string }>(
        `select name from partners where external_id like 'BAD-%'`,
      );
      const clean = rows.every((r) => !LONE_SURROGATE.test(r.name) && !r.name.includes('\u0000'));
      return [
        clean ? 'correct' : 'wrongly-accepted',
        `job done, stored ${JSON.stringify(rows.map((r) => r.name))}`,
      ];
    }
    if (job.data.status !== 'failed') return ['wrongly-accepted', `job ${job.data.status}`];
    return ['correct', `job failed: ${JSON.stringify(job.data.error).slice(0, 200)}`];
  }
  if (res.status < 300) return ['wrongly-accepted', ''];
  if (!c.status.includes(res.status)) return ['unexpected', ''];
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) return ['unexpected', `content-type ${type}`];
  if (c.names && !c.names.test(JSON.stringify(res.data))) return ['unexpected', `does not name ${c.names}`];
  return ['correct', ''];
};

export const runBadInputs = async (ctx: ProbeContext): Promise<Tally> => {
  const tally = new Tally('bad inputs');
  for (const c of cases(ctx.own.people!)) {
    const auth = c.as === 'raw' ? {} : ctx.tokens[c.as ?? 'owner'];
    const headers = { ...c.headers, ...(c.type ? { 'content-type': c.type } : {}) };
    const before = await fingerprint(ctx.s.db);
    const res = await ctx.call(auth, c.method, c.url, c.body, headers);
    const what = `${c.name}: ${c.method} ${c.url.slice(0, 120)}`;
    const expected = `${c.status.join('/')} problem+json${c.names ? ` naming ${c.names}` : ''}${c.job ? ', or 202 and the job failed' : ''}, nothing written`;
    if (res === 'hang') {
      tally.record('hang', { what, expected });
      continue;
    }
    let [verdict, why] = await judge(ctx, c, res);
    const wrote = changed(before, await fingerprint(ctx.s.db), c.job ? JOB_TABLES : ['sessions']);
    if (wrote.length && !c.decoded && (verdict === 'correct' || verdict === 'unexpected'))
      verdict = 'partial-write';
    const got = `${why ? `${why} | ` : ''}${res.body.slice(0, 240)}${wrote.length ? ` | changed: ${wrote.join(', ')}` : ''}`;
    tally.record(verdict, { what, expected, status: res.status, got });
  }
  const stored = await ctx.s.db.query<{ external_id: string; name: string }>(
    `select external_id, name from partners where org_id = 'demo' and external_id like 'BAD-%'`,
  );
  if (stored.length) tally.note(`stored by bad inputs: ${JSON.stringify(stored)}`);
  const idle = await jobsIdle(ctx.s.db, 30_000);
  const left = await ctx.s.db.query<{ n: number }>(
    `select count(*)::int as n from jobs where status in ('queued', 'running')`,
  );
  tally.record(idle ? 'correct' : 'hang', {
    what: 'no job left queued or running',
    expected: '0',
    got: String(left[0]?.n),
  });
  return tally;
};
