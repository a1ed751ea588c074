/**
 * Category "cross-org": a second org, `globex`, whose owner addresses every operation of the demo
 * org (with bodies that would be accepted), the demo owner every operation of globex, and globex's
 * owner the demo org's object ids under globex. Every one must be 404 and write nothing; lists of
 * globex hold nothing of the demo org.
 */
import { validBody } from './bodies.ts';
import type { ProbeContext } from './context.ts';
import { type Ids, isOrgScoped, isUnsafe, type Operation, urlOf } from './operations.ts';
import { type Auth, snippet } from './send.ts';
import { changed, fingerprint, jobsIdle } from './state.ts';
import { Tally, type Verdict } from './tally.ts';

const DEMO_MARKERS = /"P-A(-[^"]*)?"|"Partner A"|demo\.trellis\.test/;
const OBJECT_PARAMS = ['id', 'number', 'userId', 'sha256'];

export const runCrossOrg = async (ctx: ProbeContext): Promise<Tally> => {
  const tally = new Tally('cross-org');
  const ops = ctx.ops.filter(isOrgScoped);
  const members = await ctx.call(ctx.tokens.owner, 'GET', '/api/v1/orgs/demo/members');
  const tokens = await ctx.call(ctx.tokens.owner, 'GET', '/api/v1/orgs/demo/api-tokens');
  const ids: Ids = {
    ...ctx.own,
    userId: members === 'hang' ? '' : members.data.items[0].userId,
    'api-tokens': tokens === 'hang' ? '' : tokens.data.items[0].id,
  };

  const probe = async (who: string, auth: Auth, op: Operation, org: string, listCheck: boolean) => {
    const url = urlOf(op, org, ids);
    const { body, type } = isUnsafe(op) ? validBody(op, ids.people) : {};
    const before = isUnsafe(op) ? await fingerprint(ctx.s.db) : undefined;
    const res = await ctx.call(auth, op.method, url, body, type ? { 'content-type': type } : undefined);
    const what = `${who} ${op.method} ${url}`;
    if (res === 'hang') return tally.record('hang', { what, expected: 'an answer within 10 s' });
    if (before) await jobsIdle(ctx.s.db);
    const wrote = before ? changed(before, await fingerprint(ctx.s.db), ['sessions']) : [];
    let verdict: Verdict;
    let expected = '404, nothing written';
    if (res.status >= 500) verdict = 'crash';
    else if (listCheck) {
      expected = "2xx or 404 holding nothing of the demo org's";
      verdict = DEMO_MARKERS.test(res.body)
        ? 'wrongly-accepted'
        : res.status < 300 || res.status === 404
          ? 'correct'
          : 'unexpected';
    } else if (res.status < 300) verdict = 'wrongly-accepted';
    else if (wrote.length) verdict = 'partial-write';
    else verdict = res.status === 404 ? 'correct' : 'unexpected';
    const got = `${snippet(res)}${wrote.length ? ` | changed: ${wrote.join(', ')}` : ''}`;
    tally.record(verdict, { what, expected, status: res.status, got });
  };

  for (const op of ops) await probe('globex owner', ctx.globexOwner, op, 'demo', false);
  for (const op of ops) await probe('demo owner', ctx.tokens.owner, op, 'globex', false);
  for (const op of ops) {
    const addressed = op.params.some((p) => OBJECT_PARAMS.includes(p));
    if (addressed) await probe('globex owner, demo ids', ctx.globexOwner, op, 'globex', false);
    else if (op.method === 'GET') await probe('globex owner, lists', ctx.globexOwner, op, 'globex', true);
  }
  return tally;
};
