import type { CompetencyFramework, Role } from '../domain/competency-framework.ts';

/** Competency ids per role, in the framework's order. */
export const competenciesByRole = (f: CompetencyFramework): Record<Role, string[]> =>
  Object.fromEntries(f.roles.map((r) => [r.id, r.competencies.map((c) => c.id)])) as Record<Role, string[]>;
