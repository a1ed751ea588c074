/**
 * The roles of a membership (and of an API token). What each may do is the permission table of the
 * server; here only what the accounts use-cases need: the set, and which roles a role may grant.
 */
import { type Role, roles } from '../../db/schema/accounts.ts';

export { type Role, roles };

/** Staff roles see the whole org; a partner user sees one partner. */
export const staffRoles: readonly Role[] = ['owner', 'admin', 'program_manager', 'assessor', 'viewer'];

/** Who may give a role to someone (a member, an API token): owners anything, admins all but owner. */
export const mayGrant = (granter: Role, role: Role): boolean =>
  granter === 'owner' || (granter === 'admin' && role !== 'owner');
