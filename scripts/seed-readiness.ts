/**
 * The partner-readiness records of examples/seed-saas: certified people, their evaluations and
 * evidence, delivery projects and customer references, chosen so that every tier occurs as of
 * 2026-09-30, one partner is held back by the references gate (C) and one sits in its grace period
 * (I: a reference aged out of Gold's 545-day window between the 2026-06-30 and 2026-09-30 scorings).
 */
import { addDays } from '../packages/core/src/domain/dates.ts';
import { competenciesByRole } from '../packages/core/src/frameworks/competencies-by-role.ts';
import { loadCompetencyFramework } from '../packages/core/src/frameworks/load-framework.ts';

type Role = 'sales' | 'solutions' | 'implementation' | 'admin';
type Cell = string | number | boolean | null;

const competencies = competenciesByRole(loadCompetencyFramework('v1').framework);
const artifactFor: Record<Role, string> = {
  sales: 'demo_recording',
  solutions: 'solution_design',
  implementation: 'configuration_export',
  admin: 'lab_result',
};

interface Practitioner {
  role: Role;
  level: number;
  evaluatedOn?: string;
  expiresOn?: string;
}

interface Plan {
  people: Practitioner[];
  references: string[];
  /** Projects live in the outcome window: [csat, defects, days late, renewed, expanded]. */
  projects: [number, number, number, boolean, boolean][];
}

const team = (spec: Partial<Record<Role, [number, number]>>): Practitioner[] =>
  (Object.entries(spec) as [Role, [number, number]][]).flatMap(([role, [count, level]]) =>
    Array.from({ length: count }, () => ({ role, level })),
  );
const good: Plan['projects'][number] = [9, 1, 2, true, true];
const fine: Plan['projects'][number] = [8, 3, 10, true, false];

const plans: Record<string, Plan> = {
  'P-A': {
    people: team({ sales: [3, 3], solutions: [2, 3], implementation: [3, 3], admin: [1, 3] }),
    references: ['2026-02-01', '2026-05-01', '2026-08-01'],
    projects: [good, good, good, fine, good, good],
  },
  'P-B': {
    people: team({ sales: [2, 3], solutions: [1, 3], implementation: [2, 3] }),
    references: ['2025-12-01', '2026-06-01'],
    projects: [fine, good, fine, fine, good],
  },
  // Composite reaches Gold, but one verified reference where Gold needs two: held back at Silver.
  'P-C': {
    people: team({ sales: [2, 3], solutions: [1, 3], implementation: [2, 3] }),
    references: ['2026-04-01'],
    projects: [fine, fine, good, fine, fine],
  },
  // Gold on 2026-06-30; its 2025-03-20 reference is older than 545 days by 2026-09-30: grace.
  'P-I': {
    people: team({ sales: [2, 3], solutions: [1, 3], implementation: [2, 3] }),
    references: ['2025-03-20', '2026-05-01'],
    projects: [fine, fine, fine, good, fine],
  },
  'P-J': {
    people: team({ sales: [1, 2], solutions: [1, 2] }),
    references: ['2026-01-10'],
    projects: [fine, fine],
  },
  'P-K': { people: team({ sales: [1, 2], solutions: [1, 2] }), references: ['2026-02-10'], projects: [fine] },
  'P-L': { people: team({ sales: [1, 2] }), references: [], projects: [] },
  'P-M': { people: team({ sales: [1, 1] }), references: [], projects: [] },
  'P-D': { people: team({ sales: [1, 1] }), references: [], projects: [] },
  // Evidence that expired before the as-of date does not count: no tier.
  'P-H': {
    people: [{ role: 'sales', level: 2, evaluatedOn: '2024-01-10', expiresOn: '2025-12-31' }],
    references: [],
    projects: [],
  },
};

export interface ReadinessRows {
  people: Cell[][];
  evaluations: Cell[][];
  evidence: Cell[][];
  projects: Cell[][];
  references: Cell[][];
}

export const readinessRows = (joinedOn: Record<string, string>): ReadinessRows => {
  const rows: ReadinessRows = {
    people: [],
    evaluations: [
      [
        'external_id',
        'partner_external_id',
        'person_external_id',
        'competency',
        'level',
        'assessor',
        'rubric_version',
        'evaluated_on',
        'expires_on',
        'proctored',
      ],
    ],
    evidence: [['external_id', 'evaluation_external_id', 'artifact_type', 'uri', 'sha256']],
    projects: [
      [
        'external_id',
        'partner_external_id',
        'customer',
        'started_on',
        'planned_live_on',
        'actual_live_on',
        'csat',
        'defects',
        'renewed',
        'expanded',
      ],
    ],
    references: [
      ['external_id', 'partner_external_id', 'customer', 'referenced_on', 'verified', 'verified_by'],
    ],
  };
  for (const [partner, plan] of Object.entries(plans)) {
    const tag = partner.slice(2);
    plan.people.forEach((p, i) => {
      const person = `${partner}-R${i + 1}`;
      rows.people.push([
        person,
        partner,
        `${p.role[0]!.toUpperCase()}${p.role.slice(1)} practitioner ${tag}${i + 1}`,
        `r${i + 1}@${partner.toLowerCase()}.example`,
        p.role,
        false,
        joinedOn[partner]!,
        null,
      ]);
      competencies[p.role].forEach((c, k) => {
        const id = `E-${tag}-${i + 1}-${k + 1}`;
        const on = p.evaluatedOn ?? addDays('2026-03-02', 7 * i + k);
        rows.evaluations.push([
          id,
          partner,
          person,
          c,
          p.level,
          k % 2 ? 'Ari Stone' : 'Bea Novak',
          'v1',
          on,
          p.expiresOn ?? null,
          k === 0,
        ]);
        const hex = (id.length * 2654435761 + i * 40503 + k).toString(16).padStart(8, '0');
        rows.evidence.push([
          `EV-${tag}-${i + 1}-${k + 1}`,
          id,
          artifactFor[p.role],
          `https://evidence.example/${partner}/${id}`,
          hex.repeat(8).slice(0, 64),
        ]);
      });
    });
    plan.projects.forEach(([csat, defects, late, renewed, expanded], i) => {
      const live = addDays('2026-01-15', 30 * i);
      rows.projects.push([
        `J-${tag}-${i + 1}`,
        partner,
        `Customer ${tag}${i + 1}`,
        addDays(live, -120),
        addDays(live, -late),
        live,
        csat,
        defects,
        renewed,
        expanded,
      ]);
    });
    plan.references.forEach((d, i) => {
      rows.references.push([
        `R-${tag}-${i + 1}`,
        partner,
        `Customer ${tag}${i + 1}`,
        d,
        true,
        'Dana Alvarez',
      ]);
    });
  }
  // An unverified reference does not count toward any gate.
  rows.references.push(['R-J-X', 'P-J', 'Customer JX', '2026-07-01', false, null]);
  return rows;
};
