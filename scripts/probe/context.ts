/**
 * The probe's server: the in-process test server (embedded PGlite, demo org), an API token per
 * role, the owner's session, a second org `globex` with its owner, and the ids of real objects of
 * the demo org (Partner A's as "own", Partner B's as "other").
 */
import { createApiTokenUseCase, entityNames, type Role, roles } from '@trellis/core';
import { demoRecordOf } from '../../apps/server/test/support/demo-ids.ts';
import {
  DEMO_PASSWORD,
  startTestServer,
  type TestServer,
} from '../../apps/server/test/support/test-server.ts';
import { type Ids, loadOperations, type Operation } from './operations.ts';
import { type Answer, type Auth, send } from './send.ts';
import { jobsIdle } from './state.ts';

export const V1 = '/api/v1/orgs/demo';
export const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('probe'),
]);

export interface ProbeContext {
  s: TestServer;
  ops: Operation[];
  /** A bearer token per role in the demo org (the partner's bound to P-A). */
  tokens: Record<Role, Auth>;
  globexOwner: Auth;
  own: Ids;
  other: Ids;
  /** Sends as `auth`. */
  call(
    auth: Auth,
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Answer | 'hang'>;
  signIn(email: string, password?: string): Promise<Auth>;
}

export const multipart = (
  parts: { name: string; filename?: string; type?: string; value: string | Buffer }[],
  boundary = 'probe-boundary',
) => {
  const chunks = parts.flatMap((p) => [
    Buffer.from(
      `--${boundary}\r\ncontent-disposition: form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}\r\n${p.type ? `content-type: ${p.type}\r\n` : ''}\r\n`,
    ),
    Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value),
    Buffer.from('\r\n'),
  ]);
  return {
    body: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
    type: `multipart/form-data; boundary=${boundary}`,
  };
};

const token = async (s: TestServer, role: Role, org: string): Promise<Auth> => {
  const caller = { orgId: org, role: 'owner' as const, label: 'probe setup' };
  const t = await createApiTokenUseCase(s.db.forOrg(org), caller, {
    name: `probe ${role}`,
    role,
    partner: role === 'partner' ? 'P-A' : undefined,
  });
  return { bearer: t.token };
};

/** A closed calibration session of the demo org, rated by two new assessors (tokens rate nothing). */
const closedCalibrationSession = async (
  call: ProbeContext['call'],
  owner: Auth,
  evaluation: string,
): Promise<string> => {
  const ok = (res: Answer | 'hang', status: number, what: string) => {
    if (res === 'hang' || res.status !== status) throw new Error(`setup: ${what} failed`);
    return res;
  };
  const raters: string[] = [];
  for (const n of [1, 2]) {
    const body = {
      email: `probe-rater${n}@example.com`,
      name: `Rater ${n}`,
      role: 'assessor',
      password: 'probe rater 1',
    };
    raters.push(ok(await call(owner, 'POST', `${V1}/members`, body), 201, 'a rater').data.userId);
  }
  const created = await call(owner, 'POST', `${V1}/calibration-sessions`, {
    name: 'probe',
    evaluations: [evaluation],
    raters,
    seed: 1,
  });
  const number = String(ok(created, 201, 'a calibration session').data.number);
  ok(await call(owner, 'POST', `${V1}/calibration-sessions/${number}/close`, {}), 200, 'closing it');
  return number;
};

export const startProbe = async (): Promise<ProbeContext> => {
  const s = await startTestServer();
  const call: ProbeContext['call'] = (auth, method, url, body, headers) =>
    send(s.app, auth, { method, url, body, headers });
  const tokens = {} as Record<Role, Auth>;
  for (const role of roles) tokens[role] = await token(s, role, 'demo');
  await s.db.query(`insert into orgs (id, name) values ('globex', 'Globex')`);
  const globexOwner = await token(s, 'owner', 'globex');
  const own: Ids = { number: '1' };
  const other: Ids = { number: '1' };
  for (const entity of entityNames) {
    own[entity] = await demoRecordOf(s.db, entity, 'P-A');
    other[entity] = await demoRecordOf(s.db, entity, 'P-B');
  }
  for (const ids of [own, other]) {
    const form = multipart([
      { name: 'person', value: ids.people! },
      {
        name: 'file',
        filename: 'proof.png',
        type: 'image/png',
        value: Buffer.concat([PNG, Buffer.from(ids.people!)]),
      },
    ]);
    const res = await call(tokens.owner, 'POST', `${V1}/evidence-files`, form.body, {
      'content-type': form.type,
    });
    if (res === 'hang' || res.status !== 201) throw new Error('setup: evidence upload failed');
    ids.file = res.data.sha256;
  }
  const job = await call(
    tokens.owner,
    'POST',
    `${V1}/imports/partners?dryRun=true`,
    'external_id,name,type,joined_on,lifecycle\nP-Z,Zed,channel,2024-01-01,active\n',
    { 'content-type': 'text/csv' },
  );
  if (job === 'hang' || job.status !== 202) throw new Error('setup: dry-run import failed');
  own.job = job.data.id;
  other.job = job.data.id;
  if (!(await jobsIdle(s.db))) throw new Error('setup: the dry-run import did not end');
  own.session = await closedCalibrationSession(call, tokens.owner, own.evaluations!);
  other.session = own.session;
  // Spot audit #1, so that the reads of `…/spot-audits/1` find one.
  const audit = await call(tokens.owner, 'POST', `${V1}/spot-audits`, {
    asOf: '2026-03-31',
    share: 0.1,
    seed: 1,
  });
  if (audit === 'hang' || audit.status !== 201) throw new Error('setup: the spot audit draw failed');
  const signIn: ProbeContext['signIn'] = async (email, password = DEMO_PASSWORD) => {
    const res = await call({}, 'POST', '/api/v1/auth/sign-in', { email, password });
    if (res === 'hang' || res.status !== 200) throw new Error(`sign-in of ${email} failed`);
    const set = ([] as string[]).concat((res.headers['set-cookie'] as string | string[]) ?? []);
    const cookie = set.map((c) => c.split(';')[0]!).find((c) => c.startsWith('trellis_session='));
    return { cookie, csrf: res.data.csrfToken };
  };
  return { s, ops: await loadOperations(s.app), tokens, globexOwner, own, other, call, signIn };
};
