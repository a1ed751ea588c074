/**
 * What changed between two versions of the partner-competency framework, and which evaluations
 * carry across. A competency of the new version is matched to one of the old by its id, or by its
 * `replaces` rule when the id it replaces is gone (a rename); a `replaces` naming an id that is
 * still there is a new competency fed by an old one (a split). Evaluations carry by the same rules:
 * same id → every level as it is; `replaces` → its level map. Definitions:
 * docs/governance.md#rubric-versions.
 */
import type {
  Competency,
  CompetencyFramework,
  CompetencyLevel,
  CompetencyReplacement,
  Role,
} from './competency-framework.ts';

export interface CompetencyRef {
  id: string;
  name: string;
  role: Role;
}

export type CompetencyChange =
  | { field: 'id'; from: string; to: string }
  | { field: 'name'; from: string; to: string }
  | { field: 'role'; from: Role; to: Role }
  | { field: 'artifacts'; added: string[]; removed: string[] }
  | { field: 'level'; level: number; change: 'added' | 'removed'; text: string }
  | { field: 'level'; level: number; change: 'changed'; from: string; to: string };

export interface ChangedCompetency {
  /** The id in the new version. */
  id: string;
  changes: CompetencyChange[];
}

/** Evaluations of `from` (old version) count for `to` (new version) at the mapped level. */
export interface CarriedEvaluations {
  to: string;
  from: string;
  /** Old level → new level; an old level absent here does not carry. */
  levels: Partial<Record<CompetencyLevel, CompetencyLevel>>;
}

export type FrameworkChange =
  | { field: 'validityDays'; from: number; to: number }
  | { field: 'scale'; level: number; from: string; to: string }
  | { field: 'artifactType'; id: string; change: 'added' | 'removed' };

export interface CompetencyFrameworkDiff {
  from: string;
  to: string;
  added: CompetencyRef[];
  removed: CompetencyRef[];
  changed: ChangedCompetency[];
  /** Ids (new version) matched with nothing changed. */
  unchanged: string[];
  carried: CarriedEvaluations[];
  framework: FrameworkChange[];
}

type Placed = Competency & { role: Role };

const placed = (f: CompetencyFramework): Placed[] =>
  f.roles.flatMap((r) => r.competencies.map((c) => ({ ...c, role: r.id })));

const ref = ({ id, name, role }: Placed): CompetencyRef => ({ id, name, role });

const EVERY_LEVEL: Record<CompetencyLevel, CompetencyLevel> = { 1: 1, 2: 2, 3: 3, 4: 4 };

const levelChanges = (before: Placed, after: Placed): CompetencyChange[] => {
  const text = (c: Placed, l: number) => (c.levels as Record<number, string | undefined>)[l];
  const levels = [...new Set([...Object.keys(before.levels), ...Object.keys(after.levels)].map(Number))];
  return levels
    .sort((a, b) => a - b)
    .flatMap((level): CompetencyChange[] => {
      const from = text(before, level);
      const to = text(after, level);
      if (from === to) return [];
      if (from === undefined) return [{ field: 'level', level, change: 'added', text: to! }];
      if (to === undefined) return [{ field: 'level', level, change: 'removed', text: from }];
      return [{ field: 'level', level, change: 'changed', from, to }];
    });
};

const changesOf = (before: Placed, after: Placed): CompetencyChange[] => {
  const changes: CompetencyChange[] = [];
  if (before.id !== after.id) changes.push({ field: 'id', from: before.id, to: after.id });
  if (before.name !== after.name) changes.push({ field: 'name', from: before.name, to: after.name });
  if (before.role !== after.role) changes.push({ field: 'role', from: before.role, to: after.role });
  const added = after.artifacts.filter((a) => !before.artifacts.includes(a));
  const removed = before.artifacts.filter((a) => !after.artifacts.includes(a));
  if (added.length || removed.length) changes.push({ field: 'artifacts', added, removed });
  return [...changes, ...levelChanges(before, after)];
};

const carryOf = (c: Placed, old: ReadonlyMap<string, Placed>): CarriedEvaluations | null => {
  const rule: CompetencyReplacement | undefined =
    c.replaces ?? (old.has(c.id) ? { competency: c.id } : undefined);
  if (!rule || !old.has(rule.competency)) return null;
  return { to: c.id, from: rule.competency, levels: rule.levels ?? EVERY_LEVEL };
};

const frameworkChanges = (a: CompetencyFramework, b: CompetencyFramework): FrameworkChange[] => {
  const changes: FrameworkChange[] = [];
  if (a.validityDays !== b.validityDays)
    changes.push({ field: 'validityDays', from: a.validityDays, to: b.validityDays });
  for (const l of b.levels) {
    const before = a.levels.find((x) => x.level === l.level);
    const words = (x: { name: string; description: string }) => `${x.name}: ${x.description}`;
    if (before && words(before) !== words(l))
      changes.push({ field: 'scale', level: l.level, from: words(before), to: words(l) });
  }
  const ids = (f: CompetencyFramework) => f.artifactTypes.map((t) => t.id);
  for (const id of ids(b).filter((x) => !ids(a).includes(x)))
    changes.push({ field: 'artifactType', id, change: 'added' });
  for (const id of ids(a).filter((x) => !ids(b).includes(x)))
    changes.push({ field: 'artifactType', id, change: 'removed' });
  return changes;
};

export const diffCompetencyFrameworks = (
  before: CompetencyFramework,
  after: CompetencyFramework,
): CompetencyFrameworkDiff => {
  const old = new Map(placed(before).map((c) => [c.id, c]));
  const next = placed(after);
  const nextIds = new Set(next.map((c) => c.id));
  const matched = new Set<string>();
  const diff: CompetencyFrameworkDiff = {
    from: before.version,
    to: after.version,
    added: [],
    removed: [],
    changed: [],
    unchanged: [],
    carried: [],
    framework: frameworkChanges(before, after),
  };
  for (const c of next) {
    // A rename: the replaced id is gone from the new version. Otherwise the same id, if any.
    const renamedFrom = c.replaces && !nextIds.has(c.replaces.competency) ? c.replaces.competency : undefined;
    const counterpart = old.get(renamedFrom ?? c.id);
    const carry = carryOf(c, old);
    if (carry) diff.carried.push(carry);
    if (!counterpart) {
      diff.added.push(ref(c));
      continue;
    }
    matched.add(counterpart.id);
    const changes = changesOf(counterpart, c);
    if (changes.length) diff.changed.push({ id: c.id, changes });
    else diff.unchanged.push(c.id);
  }
  diff.removed = [...old.values()].filter((c) => !matched.has(c.id)).map(ref);
  return diff;
};
