/**
 * Who is calling, in two steps: a principal (a signed-in user, or an API token) is authenticated
 * without an org; a caller is that principal inside one org, with the role its membership (or the
 * token) gives there. Everything org-scoped takes a caller.
 */

import type { Actor } from '../../actor.ts';
import { partnerOfCaller } from '../../db/queries/accounts/members.ts';
import { membershipIn } from '../../db/queries/accounts/users.ts';
import type { Database } from '../../db/sql-client.ts';
import { orgSettingsOf } from '../org-settings/org-settings-of.ts';
import type { Role } from './roles.ts';

export type Principal =
  | { kind: 'session'; userId: string; email: string; name: string; csrfToken: string; sessionHash: string }
  | { kind: 'token'; tokenId: string; name: string; orgId: string; role: Role; partnerId: number | null };

export interface Caller extends Actor {
  orgId: string;
  role: Role;
  /**
   * Partner users (and partner-role tokens): the one partner they may see, and whether their org
   * shares that partner's health with them (the org setting `shareHealthWithPartners`).
   */
  partner?: { id: number; externalId: string; seesHealth: boolean };
}

export const actorOf = (p: Principal, requestId?: string): Actor =>
  p.kind === 'session'
    ? { userId: p.userId, label: p.email, requestId }
    : { tokenId: p.tokenId, label: `token ${p.name}`, requestId };

/** The principal as a caller of `orgId`, or undefined when it has no access there. */
export const callerIn = async (
  db: Database,
  principal: Principal,
  orgId: string,
  requestId?: string,
): Promise<Caller | undefined> => {
  let role: Role;
  let partnerId: number | null;
  if (principal.kind === 'token') {
    if (principal.orgId !== orgId) return undefined;
    ({ role, partnerId } = principal);
  } else {
    const m = await membershipIn(db, principal.userId, orgId);
    if (!m) return undefined;
    role = m.role;
    partnerId = m.partnerId;
  }
  const caller: Caller = { ...actorOf(principal, requestId), orgId, role };
  if (partnerId !== null) {
    const found = await partnerOfCaller(db.forOrg(orgId), orgId, partnerId);
    if (found === undefined) return undefined;
    const seesHealth = orgSettingsOf(found.settings).shareHealthWithPartners;
    caller.partner = { id: partnerId, externalId: found.externalId, seesHealth };
  }
  return caller;
};

/** A principal signed in through the web app (a session cookie), not an API token. */
export type SessionPrincipal = Extract<Principal, { kind: 'session' }>;

/**
 * Trellis acting in an org by itself — the CLI, the demo, the steps of an example load — as the
 * caller every use-case takes: all rights (the doors decide who may start it), named in the audit
 * log by `label` ("cli", "system").
 */
export const systemCaller = (orgId: string, label = 'system'): Caller => ({ orgId, role: 'owner', label });
