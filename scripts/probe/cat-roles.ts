/**
 * Category "role x route": every operation of the OpenAPI document as every role, an API token
 * each (owner … viewer, partner user of P-A) and the anonymous. Reads address Partner A's real
 * objects; writes address missing objects with an invalid body, so an allowed role gets a 4xx and
 * nothing is written, while a refused role must get 401/403 before any validation. A partner user
 * addressing Partner B's objects must get 404.
 */
import { type Role, roles } from '@trellis/core';
import { type Permission, permits } from '../../apps/server/src/permissions/permission-table.ts';
import { INVALID_BODY, validBody } from './bodies.ts';
import type { ProbeContext } from './context.ts';
import { type Ids, isUnsafe, type Operation, urlOf } from './operations.ts';
import { type Answer, type Auth, snippet } from './send.ts';
import { changed, fingerprint } from './state.ts';
import { Tally, type Verdict } from './tally.ts';

const MISSING: Ids = {
  partners: 'NO-SUCH',
  people: 'NO-SUCH',
  opportunities: 'NO-SUCH',
  activities: 'NO-SUCH',
  surveys: 'NO-SUCH',
  meetings: 'NO-SUCH',
  evaluations: 'NO-SUCH',
  evidence: 'NO-SUCH',
  projects: 'NO-SUCH',
  references: 'NO-SUCH',
  number: '9999',
  session: '9999',
  job: '00000000-0000-0000-0000-000000000000',
};

type Who = Role | 'anonymous';

const allowed = (op: Operation, who: Who): boolean =>
  op.access === 'public' ||
  (who !== 'anonymous' && (op.access === 'signed-in' || permits(who, op.access as Permission)));

/** The verdict of one answer, given whether the caller may use the operation. */
export const judge = (
  op: Operation,
  may: boolean,
  who: string,
  res: Answer,
  wrote: string[],
): [Verdict, string] => {
  if (res.status >= 500) return ['crash', 'no 5xx'];
  if (!may) {
    const due = who === 'anonymous' ? 401 : 403;
    if (res.status >= 200 && res.status < 300) return ['wrongly-accepted', `${due}`];
    if (wrote.length) return ['partial-write', `${due}, nothing written`];
    return [res.status === due ? 'correct' : 'unexpected', `${due}`];
  }
  // A calibration session is rated by people: an assessor's API token rates none, so it finds none.
  if (who === 'assessor' && op.path.includes('/calibration-sessions/{session}') && !isUnsafe(op))
    return [res.status === 404 ? 'correct' : 'unexpected', '404 (an assessor’s token rates no session)'];
  if (!isUnsafe(op))
    return [res.status >= 200 && res.status < 300 ? 'correct' : 'unexpected', '2xx (allowed read)'];
  if (res.status >= 200 && res.status < 300)
    return ['wrongly-accepted', '4xx (invalid body or missing object)'];
  if (wrote.length) return ['partial-write', '4xx, nothing written'];
  const ok = res.status >= 400 && res.status !== 401 && res.status !== 403;
  return [ok ? 'correct' : 'unexpected', '4xx other than 401/403 (allowed, invalid request)'];
};

const attempt = async (
  ctx: ProbeContext,
  tally: Tally,
  op: Operation,
  who: string,
  auth: Auth,
  may: boolean,
  req: { url: string; body?: unknown; type?: string },
  due?: (res: Answer) => Verdict,
) => {
  const before = isUnsafe(op) ? await fingerprint(ctx.s.db) : undefined;
  const headers = req.type ? { 'content-type': req.type } : undefined;
  const res = await ctx.call(auth, op.method, req.url, req.body, headers);
  const what = `${who} ${op.method} ${req.url}`;
  if (res === 'hang') return tally.record('hang', { what, expected: 'an answer within 10 s' });
  const wrote = before ? changed(before, await fingerprint(ctx.s.db), ['sessions']) : [];
  const [first, expected] = due ? [due(res), '404 (another partner)'] : judge(op, may, who, res, wrote);
  const verdict = first === 'correct' && wrote.length ? 'partial-write' : first;
  tally.record(verdict, {
    what,
    expected,
    status: res.status,
    got: `${snippet(res)}${wrote.length ? ` | changed: ${wrote.join(', ')}` : ''}`,
  });
};

export const runRoles = async (ctx: ProbeContext): Promise<Tally> => {
  const tally = new Tally('role x route');
  const callers: [Who, Auth][] = [...roles.map((r) => [r, ctx.tokens[r]] as [Who, Auth]), ['anonymous', {}]];
  for (const op of ctx.ops)
    for (const [who, auth] of callers) {
      const url = urlOf(op, 'demo', isUnsafe(op) ? { ...ctx.own, ...MISSING } : ctx.own);
      const body = op.method === 'DELETE' || !isUnsafe(op) ? undefined : INVALID_BODY;
      await attempt(ctx, tally, op, who, auth, allowed(op, who), { url, body });
    }
  // A partner user addressing Partner B's objects: not found (reads, and the one write they may).
  const partnerOps = ctx.ops.filter(
    (op) =>
      op.access !== 'public' &&
      op.access !== 'signed-in' &&
      permits('partner', op.access as Permission) &&
      (op.params.includes('id') || (op.method === 'POST' && op.path.endsWith('/evidence-files'))) &&
      op.method !== 'DELETE',
  );
  for (const op of partnerOps) {
    const url = urlOf(op, 'demo', ctx.other);
    const req = isUnsafe(op) ? { url, ...validBody(op, ctx.other.people) } : { url };
    await attempt(ctx, tally, op, 'partner (P-A) on P-B', ctx.tokens.partner, false, req, (res) =>
      res.status === 404
        ? 'correct'
        : res.status >= 500
          ? 'crash'
          : res.status < 300
            ? 'wrongly-accepted'
            : 'unexpected',
    );
  }
  // … nor through a list's filter: the answer holds none of Partner B's rows.
  const lists = ctx.ops.filter(
    (op) =>
      op.method === 'GET' &&
      op.access !== 'public' &&
      op.access !== 'signed-in' &&
      permits('partner', op.access as Permission) &&
      op.query.some((q) => FILTERS.includes(q)),
  );
  for (const op of lists) {
    const q = op.query
      .filter((k) => FILTERS.includes(k))
      .map((k) => `${k}=${k === 'person' ? ctx.other.people : 'P-B'}`)
      .join('&');
    const url = `${urlOf(op, 'demo', ctx.own)}?${q}`;
    const res = await ctx.call(ctx.tokens.partner, 'GET', url);
    const what = `partner (P-A) GET ${url}`;
    if (res === 'hang') tally.record('hang', { what, expected: 'an answer within 10 s' });
    else {
      const leaks = /"P-B(-[^"]*)?"/.test(res.body);
      const verdict: Verdict = res.status >= 500 ? 'crash' : leaks ? 'wrongly-accepted' : 'correct';
      tally.record(verdict, { what, expected: "none of P-B's rows", status: res.status, got: snippet(res) });
    }
  }
  return tally;
};

const FILTERS = ['partner', 'partner_external_id', 'q', 'person'];
