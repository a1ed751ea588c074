/** The six roles in words, and which of them the signed-in role may grant (admins cannot grant owner). */
import type { Role } from '../../api/session.tsx';

export const ROLES: { value: Role; label: string; about: string }[] = [
  { value: 'owner', label: 'Owner', about: 'everything, including other owners' },
  { value: 'admin', label: 'Admin', about: 'everything but granting owner' },
  { value: 'program_manager', label: 'Program manager', about: 'imports, assessments, readiness, records' },
  { value: 'assessor', label: 'Assessor', about: 'scores and overrides criteria, evaluations' },
  { value: 'viewer', label: 'Viewer', about: 'reads everything, changes nothing' },
  { value: 'partner', label: 'Partner', about: 'one partner’s own portal' },
];

export const roleLabel = (role: string) => ROLES.find((r) => r.value === role)?.label ?? role;

/** Options of a role select for someone signed in as `mine`. */
export const roleOptions = (mine: Role) =>
  ROLES.filter((r) => mine === 'owner' || r.value !== 'owner').map((r) => ({
    value: r.value,
    label: `${r.label} — ${r.about}`,
  }));
