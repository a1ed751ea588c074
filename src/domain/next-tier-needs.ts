/**
 * What the next tier needs, concretely: the people, competencies, references and composite points
 * missing, e.g. "one more implementation consultant at level 3 in Data migration; one more
 * verified customer reference".
 */
import type { Role } from './competency-framework.ts';
import type { TierEvaluation } from './tier-evaluation.ts';
import type { TierRule } from './tier-policy.ts';

export interface Need {
  kind: 'competency' | 'headcount' | 'references' | 'composite' | 'component';
  role?: Role;
  competency?: string;
  count: number;
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
const people = (n: number, role: Role) => `${count(n)} more ${person[role][n === 1 ? 0 : 1]}`;

export const nextTierNeeds = (next: TierRule, e: TierEvaluation): Need[] => {
  const needs: Need[] = [];
  // Competencies no one demonstrates yet, per role: one qualified person at the level covers it.
  for (const m of e.skills.missing) {
    needs.push({
      kind: 'competency',
      role: m.role,
      competency: m.competency,
      count: 1,
      text: `${people(1, m.role)} at level ${m.level} in ${m.name}${m.demonstrated ? ` (best today: level ${m.demonstrated})` : ''}`,
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
      text: `${people(short, r.role)} qualified at level ${next.level} (${r.qualified} today; ${why})`,
    });
  }
  const refs = next.gates.references - e.referencesInWindow;
  if (refs > 0) {
    needs.push({
      kind: 'references',
      count: refs,
      text: `${count(refs)} more verified customer reference${refs === 1 ? '' : 's'} (within ${next.gates.referenceWithinDays} days)`,
    });
  }
  for (const [k, v] of Object.entries(e.components)) {
    if (v <= 0) needs.push({ kind: 'component', count: 1, text: `${k} above zero` });
  }
  if (e.composite < next.minComposite) {
    needs.push({
      kind: 'composite',
      count: Math.ceil(next.minComposite - e.composite),
      text: `composite ${e.composite.toFixed(1)} → ${next.minComposite} (skills ${pct(e.components.skills)}, capacity ${pct(e.components.capacity)}, outcomes ${pct(e.components.outcomes)})`,
    });
  }
  return needs;
};

const pct = (x: number) => `${Math.round(x * 100)}%`;
