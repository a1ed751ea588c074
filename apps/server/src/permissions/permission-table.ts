/**
 * The one permission table. Every org-scoped route names one permission; the server checks the
 * caller's role against this table, the OpenAPI document lists the roles under each operation, and
 * the tests are generated from it (ARCHITECTURE.md, "Permissions"). Partner users are further held
 * to their own partner by the use-cases: whatever of another partner they address is "not found".
 */
import { entityNames, type Role } from '@trellis/core';

const everyone: readonly Role[] = ['owner', 'admin', 'program_manager', 'assessor', 'viewer', 'partner'];
const staff: readonly Role[] = ['owner', 'admin', 'program_manager', 'assessor', 'viewer'];
const managers: readonly Role[] = ['owner', 'admin', 'program_manager'];
const assessors: readonly Role[] = [...managers, 'assessor'];
const admins: readonly Role[] = ['owner', 'admin'];

/** The records a partner user may read (their own partner's): the partner, its people, their evaluations and evidence. */
const partnerReadable = new Set<string>(['partners', 'people', 'evaluations', 'evidence']);
/** Records assessors write: the evaluations they score and the evidence behind them. */
const assessorWritable = new Set<string>(['evaluations', 'evidence']);

const recordPermissions = Object.fromEntries(
  entityNames.flatMap((e) => [
    [`${e}:read`, partnerReadable.has(e) ? everyone : staff],
    [`${e}:write`, assessorWritable.has(e) ? assessors : managers],
  ]),
) as Record<`${(typeof entityNames)[number]}:${'read' | 'write'}`, readonly Role[]>;

export const permissionTable = {
  'org:read': everyone,
  ...recordPermissions,
  'imports:run': managers,
  /** What the org holds of each kind of record and what each feeds. */
  'data-coverage:read': staff,
  'jobs:read': staff,
  'assessments:read': staff,
  'assessments:create': managers,
  'assessments:score': assessors,
  'assessments:finalize': managers,
  /** The performance table (the scorecard rows): partner users see their own row. */
  'performance:read': everyone,
  'readiness:summary': staff,
  /** Tiers, one partner's readiness and next-tier needs: partner users see their own. */
  'readiness:read': everyone,
  'readiness:score': managers,
  'tiers:simulate': managers,
  'remediation:read': everyone,
  'remediation:write': assessors,
  'evidence-files:read': everyone,
  'evidence-files:upload': [...assessors, 'partner'],
  /** Partner users submit files but do not take back evidence an assessment may rest on. */
  'evidence-files:delete': assessors,
  /** The org's settings, such as sharing health with partner users (GET and PATCH …/settings). */
  'settings:manage': admins,
  'members:read': admins,
  'members:manage': admins,
  'api-tokens:manage': admins,
  'audit:read': admins,
  /** Calibration sessions: open and close them (docs/governance.md, "Calibration sessions"). */
  'calibration:run': managers,
  /** Rate the units given: the use-case checks the caller rates that session. */
  'calibration:rate': assessors,
  /** Sessions and their results once closed; an assessor sees only the sessions they rate. */
  'calibration:read': staff,
  /** Spot audits (docs/governance.md): managers draw; auditors decide, never an evaluation they scored. */
  'audits:run': managers,
  'audits:decide': assessors,
  'audits:read': staff,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissionTable;

export const permits = (role: Role, permission: Permission): boolean =>
  (permissionTable[permission] as readonly Role[]).includes(role);

/** "owner, admin, program manager" — for the OpenAPI document and messages. */
export const rolesText = (permission: Permission): string =>
  (permissionTable[permission] as readonly Role[]).map((r) => r.replace('_', ' ')).join(', ');
