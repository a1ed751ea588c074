/**
 * Category "CSRF": every unsafe operation (POST, PUT, PATCH, DELETE) that needs a caller, sent with
 * the owner's session cookie and a body that would be accepted, but without the X-CSRF-Token
 * header, with an empty or wrong one, or with another session's token: 403, and nothing written.
 * Sign-in and setup are public (no session to bind a token to) and are left out.
 */
import { validBody } from './bodies.ts';
import type { ProbeContext } from './context.ts';
import { isUnsafe, urlOf } from './operations.ts';
import { type Auth, snippet } from './send.ts';
import { changed, fingerprint, jobsIdle } from './state.ts';
import { Tally, type Verdict } from './tally.ts';

export const runCsrf = async (ctx: ProbeContext): Promise<Tally> => {
  const tally = new Tally('csrf');
  let owner = await ctx.signIn('owner@demo.trellis.test');
  const partner = await ctx.signIn('partner-a@demo.trellis.test');
  const variants: [string, (a: Auth) => Record<string, string>][] = [
    ['no token', () => ({})],
    ['empty token', () => ({ 'x-csrf-token': '' })],
    ['wrong token', (a) => ({ 'x-csrf-token': `${a.csrf!.slice(0, -2)}xx` })],
    ["another session's token", () => ({ 'x-csrf-token': partner.csrf! })],
  ];
  const ops = ctx.ops.filter((op) => isUnsafe(op) && op.access !== 'public');
  for (const op of ops)
    for (const [variant, header] of variants) {
      const url = urlOf(op, 'demo', ctx.own);
      const { body, type } = validBody(op, ctx.own.people);
      const headers = { ...header(owner), ...(type ? { 'content-type': type } : {}) };
      const before = await fingerprint(ctx.s.db);
      const res = await ctx.call({ cookie: owner.cookie }, op.method, url, body, headers);
      const what = `owner session, ${variant}: ${op.method} ${url}`;
      if (res === 'hang') {
        tally.record('hang', { what, expected: 'an answer within 10 s' });
        continue;
      }
      await jobsIdle(ctx.s.db);
      const wrote = changed(before, await fingerprint(ctx.s.db));
      const verdict: Verdict =
        res.status >= 500
          ? 'crash'
          : res.status < 300
            ? 'wrongly-accepted'
            : wrote.length
              ? 'partial-write'
              : res.status === 403
                ? 'correct'
                : 'unexpected';
      const got = `${snippet(res)}${wrote.length ? ` | changed: ${wrote.join(', ')}` : ''}`;
      tally.record(verdict, { what, expected: '403, nothing written', status: res.status, got });
      const alive = await ctx.call(owner, 'GET', '/api/v1/auth/session');
      if (alive === 'hang' || alive.status !== 200) owner = await ctx.signIn('owner@demo.trellis.test');
    }
  // The control: the same kind of request with the session's own token is let through.
  const control = await ctx.call(owner, 'PATCH', '/api/v1/orgs/demo/settings', {
    shareHealthWithPartners: false,
  });
  tally.note(
    `control (not counted): PATCH /settings with the right token → ${control === 'hang' ? 'hang' : control.status}`,
  );
  tally.note(
    'POST /setup and POST /auth/sign-in are public (no session to bind a token to): not probed here.',
  );
  return tally;
};
