/**
 * What the next tier needs, concretely: the people, competencies, references and composite points
 * missing, e.g. "one more implementation consultant at level 3 in Data migration; one more
 * verified customer reference".
 */
import type { Role } from './competency-framework.ts';
import { compositeOf } from './composite.ts';
import type { TierEvaluation } from './tier-evaluation.ts';
import type { Component, TierRule } from './tier-policy.ts';

export interface Need {
  kind: 'competency' | 'headcount' | 'references' | 'composite' | 'component';
  role?: Role;
  competency?: string;
  /** Names of the competencies a competency need covers. */
  competencyNames?: string[];
  count: number;
  /**
   * Where the partner stands and what the next tier requires, in the need's own measure: people
   * qualified (headcount), verified references in the window, the best level demonstrated and the
   * level asked (competency; current null when no one has it), the component (0 → above 0), the
   * composite once every other gap is closed and the tier's minimum.
   */
  current: number | null;
  required: number | null;
  /** The level the next tier asks of people (competency, headcount). */
  level?: number;
  /** headcount: set by open demand rather than by the tier's minimum. */
  openDemand?: boolean;
  /** references: the window they must fall in. */
  withinDays?: number;
  /** component: which one is zero. */
  component?: Component;
  text: string;
}

const person: Record<Role, [string, string]> = {
  sales: ['salesperson', 'salespeople'],
  solutions: ['solutions engineer', 'solutions engineers'],
  implementation: ['implementation consultant', 'implementation consultants'],
  admin: ['administrator', 'administrators'],
};

const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const count = (n: number) => words[n] ?? String(n);
/** "salesperson", "salespeople" … */
export const personNoun = (role: Role, n: number): string => person[role][n === 1 ? 0 : 1];

const people = (n: number, role: Role) => `${count(n)} more ${person[role][n === 1 ? 0 : 1]}`;

export const nextTierNeeds = (
  next: TierRule,
  e: TierEvaluation,
  weights: Record<Component, number>,
): Need[] => {
  const needs: Need[] = [];
  // Competencies no one demonstrates yet: one person per role at the level can cover them all.
  const missingByRole = new Map<Role, typeof e.skills.missing>();
  for (const m of e.skills.missing) missingByRole.set(m.role, [...(missingByRole.get(m.role) ?? []), m]);
  for (const [role, missing] of missingByRole) {
    const names = missing.map((m) => m.name);
    const best = Math.max(...missing.map((m) => m.demonstrated));
    needs.push({
      kind: 'competency',
      role,
      competency: missing.map((m) => m.competency).join(','),
      competencyNames: names,
      count: 1,
      current: best || null,
      required: next.level,
      level: next.level,
      text: `${/^[aeiou]/.test(person[role][0]) ? 'an' : 'a'} ${person[role][0]} at level ${next.level} in ${names.join(', ')}${best ? ` (best today: level ${best})` : ''}`,
    });
  }
  for (const r of e.capacity.roles.filter((x) => x.qualified < x.needed)) {
    const short = r.needed - r.qualified;
    const why =
      r.demand > r.headcount ? `open demand needs ${r.needed}` : `${next.name} needs ${r.headcount}`;
    needs.push({
      kind: 'headcount',
      role: r.role,
      count: short,
      current: r.qualified,
      required: r.needed,
      level: next.level,
      openDemand: r.demand > r.headcount,
      text: `${people(short, r.role)} qualified at level ${next.level} (${r.qualified} today; ${why})`,
    });
  }
  const refs = next.gates.references - e.referencesInWindow;
  if (refs > 0) {
    needs.push({
      kind: 'references',
      count: refs,
      current: e.referencesInWindow,
      required: next.gates.references,
      withinDays: next.gates.referenceWithinDays,
      text: `${count(refs)} more verified customer reference${refs === 1 ? '' : 's'} (within ${next.gates.referenceWithinDays} days)`,
    });
  }
  // A zero component is a need of its own only when no concrete gap above explains it.
  const explained = new Set<string>(
    needs.map((n) => (n.kind === 'competency' ? 'skills' : n.kind === 'headcount' ? 'capacity' : '')),
  );
  for (const [k, v] of Object.entries(e.components)) {
    if (v <= 0 && !explained.has(k))
      needs.push({
        kind: 'component',
        component: k as Component,
        count: 1,
        current: 0,
        required: null,
        text: `${k} above zero`,
      });
  }
  // The composite is a need only if closing every skills and capacity gap would still leave it short.
  const closed = compositeOf({ ...e.components, skills: 1, capacity: 1 }, weights);
  if (e.composite < next.minComposite && closed < next.minComposite) {
    needs.push({
      kind: 'composite',
      count: Math.ceil(next.minComposite - closed),
      current: closed,
      required: next.minComposite,
      text: `outcomes: with every gap above closed the composite would be ${closed.toFixed(1)}, short of ${next.minComposite} (outcomes ${pct(e.components.outcomes)})`,
    });
  }
  return needs;
};

const pct = (x: number) => `${Math.round(x * 100)}%`;
