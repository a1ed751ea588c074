/**
 * Request bodies: one every route refuses as invalid (all body schemas are strict), and a valid
 * one per write, so that a check that is missing shows as a write that happened.
 */
import { multipart, PNG } from './context.ts';
import type { Operation } from './operations.ts';

export const INVALID_BODY = { __not_a_field: true };

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';
const CSV = 'external_id,name,type,joined_on,lifecycle\nPROBE-1,Probe partner,channel,2024-01-01,active\n';

const record: Record<string, Record<string, unknown>> = {
  partners: {
    external_id: 'PROBE-1',
    name: 'Probe',
    type: 'channel',
    joined_on: '2024-01-01',
    lifecycle: 'active',
  },
};

/** A body the route would accept, or undefined when it takes none (or `{}` will do). */
export const validBody = (op: Operation, person = 'NO-SUCH'): { body?: unknown; type?: string } => {
  const p = op.path;
  if (op.method === 'DELETE') return {};
  if (p.endsWith('/evidence-files')) {
    const form = multipart([
      { name: 'person', value: person },
      {
        name: 'file',
        filename: 'probe.png',
        type: 'image/png',
        value: Buffer.concat([PNG, Buffer.from(person)]),
      },
    ]);
    return { body: form.body, type: form.type };
  }
  if (p.endsWith('/imports/{entity}') || p.endsWith('/imports/infer')) return { body: CSV, type: 'text/csv' };
  if (p.endsWith('/criteria/{criterion}')) return { body: { score: 3, reason: 'probe' } };
  if (p.endsWith('/plan/{action}')) return { body: { status: 'done' } };
  if (p.endsWith('/remediation/{number}')) return { body: { status: 'done' } };
  if (p.endsWith('/close')) return { body: {} };
  if (p.endsWith('/rating')) return { body: { value: 2 } };
  if (p.endsWith('/calibration-sessions'))
    return { body: { name: 'probe', evaluations: ['NO-SUCH'], raters: [ZERO_UUID, ZERO_UUID] } };
  if (p.endsWith('/items/{evaluation}')) return { body: { outcome: 'upheld' } };
  if (p.endsWith('/spot-audits')) return { body: { asOf: '2026-03-31', share: 0.1, seed: 1 } };
  if (p.endsWith('/members/{userId}')) return { body: { role: 'viewer' } };
  if (p.endsWith('/members'))
    return {
      body: { email: 'probe@example.com', name: 'Probe', role: 'viewer', password: 'probe password 1' },
    };
  if (p.endsWith('/api-tokens')) return { body: { name: 'probe', role: 'viewer' } };
  if (p.endsWith('/settings')) return { body: { shareHealthWithPartners: true } };
  if (p.endsWith('/mappings/{name}')) return { body: { yaml: 'entity: partners\ncolumns: {}\n' } };
  if (p.endsWith('/readiness/scorings')) return { body: {} };
  if (p.endsWith('/readiness/simulations')) return { body: { policy: 'version: probe\n' } };
  if (p.endsWith('/assessments')) return { body: { brief: { name: 'probe' } } };
  if (p.endsWith('/finalize')) return {};
  if (p.endsWith('/auth/password'))
    return { body: { current: 'wrong password', next: 'another long password' } };
  if (p.endsWith('/auth/sign-in')) return { body: { email: 'nobody@example.com', password: 'x' } };
  if (p.endsWith('/setup'))
    return {
      body: {
        org: { id: 'probe', name: 'Probe' },
        owner: { email: 'p@example.com', name: 'P', password: 'probe password 1' },
      },
    };
  const entity = p.split('/')[5]!;
  if (op.method === 'POST' && p.endsWith(entity))
    return { body: record[entity] ?? { external_id: 'PROBE-1' } };
  if (op.method === 'PATCH') return { body: { external_id: 'PROBE-2' } };
  return op.json ? { body: {} } : {};
};
