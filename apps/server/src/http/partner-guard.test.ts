/**
 * The last look before an answer leaves for a partner user: an answer that still carries an
 * internal field is refused (500, no detail); staff answers and clean answers pass untouched.
 */
import type { Caller } from '@trellis/core';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import './fastify-types.ts';
import { registerPartnerGuard } from './partner-guard.ts';

const partner: Caller = {
  orgId: 'demo',
  role: 'partner',
  label: 'test',
  partner: { id: 1, externalId: 'P-A', seesHealth: false },
};
const sharing: Caller = { ...partner, partner: { id: 1, externalId: 'P-A', seesHealth: true } };
const owner: Caller = { orgId: 'demo', role: 'owner', label: 'test' };

const appFor = async (caller: Caller, body: unknown) => {
  const app = Fastify({ logger: false });
  app.addHook('onRequest', async (req) => {
    req.caller = caller;
  });
  registerPartnerGuard(app);
  app.get('/leaky', async () => body);
  app.get('/text', async (_req, reply) => reply.type('text/plain').send('health: at-risk'));
  await app.ready();
  return app;
};

describe('the partner guard', () => {
  it('refuses a JSON answer that carries an internal key to a partner user, naming nothing of it', async () => {
    const app = await appFor(partner, { items: [{ name: 'Partner A', health: 'at-risk' }] });
    const res = await app.inject({ method: 'GET', url: '/leaky' });
    expect(res.statusCode).toBe(500);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'INTERNAL', status: 500 });
    expect(res.body).not.toContain('at-risk');
  });

  it('refuses an internal health reason even when health is shared', async () => {
    const leaky = { health: 'at-risk', healthReasons: ['champion departed (Ann left 2026-06-01)'] };
    expect((await (await appFor(sharing, leaky)).inject({ url: '/leaky' })).statusCode).toBe(500);
    const fine = { health: 'at-risk', healthReasons: ['QBR overdue (none held)'] };
    expect((await (await appFor(sharing, fine)).inject({ url: '/leaky' })).statusCode).toBe(200);
  });

  it('lets clean partner answers, staff answers and non-JSON answers through untouched', async () => {
    const clean = await (await appFor(partner, { name: 'Partner A', tier: 'gold' })).inject({
      url: '/leaky',
    });
    expect([clean.statusCode, clean.json()]).toEqual([200, { name: 'Partner A', tier: 'gold' }]);
    const staff = await (await appFor(owner, { health: 'at-risk' })).inject({ url: '/leaky' });
    expect([staff.statusCode, staff.json()]).toEqual([200, { health: 'at-risk' }]);
    const text = await (await appFor(partner, null)).inject({ url: '/text' });
    expect([text.statusCode, text.body]).toEqual([200, 'health: at-risk']);
  });
});
