import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rejectionOf } from '../../test/support/rejection-of.ts';
import type { CompetencyFramework } from '../domain/competency-framework.ts';
import { type CompetencyFrameworkDiff, diffCompetencyFrameworks } from '../domain/rubric-diff.ts';
import { FRAMEWORKS_DIR, loadCompetencyFramework, parseCompetencyFramework } from './load-framework.ts';
import { diffRubricVersions } from './rubric-succession.ts';

const v1 = loadCompetencyFramework('v1');
const v2 = loadCompetencyFramework('v2');
const v2Text = readFileSync(join(FRAMEWORKS_DIR, 'partner-competency/v2.yaml'), 'utf8');
const lineIn = (text: string, needle: string): number =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const lineOf = (needle: string): number => lineIn(v2Text, needle);
const failureOf = (edit: (text: string) => string) =>
  rejectionOf(() => parseCompetencyFramework({ name: 'v2.yaml', text: edit(v2Text) }));

const same = { 1: 1, 2: 2, 3: 3, 4: 4 } as const;

describe('partner-competency v1 → v2', () => {
  it('is the written-out diff: one rename, one rename with a level map, one new, one level reworded', () => {
    const expected: CompetencyFrameworkDiff = {
      from: 'v1',
      to: 'v2',
      added: [
        {
          id: 'implementation.change-management',
          name: 'Change management and adoption',
          role: 'implementation',
        },
      ],
      removed: [],
      changed: [
        {
          id: 'sales.value-selling',
          changes: [
            { field: 'id', from: 'sales.value-demo', to: 'sales.value-selling' },
            { field: 'name', from: 'Value demonstration', to: 'Value selling' },
          ],
        },
        {
          id: 'solutions.proof-of-value',
          changes: [
            { field: 'id', from: 'solutions.technical-demo', to: 'solutions.proof-of-value' },
            { field: 'name', from: 'Technical demonstration', to: 'Proof of value' },
            {
              field: 'level',
              level: 4,
              change: 'changed',
              from: 'wins technical evaluations against competitors',
              to: "wins technical evaluations against competitors and reviews others' proofs of value",
            },
          ],
        },
        {
          id: 'admin.security',
          changes: [
            {
              field: 'level',
              level: 3,
              change: 'changed',
              from: 'passes customer security reviews',
              to: 'passes customer security reviews and remediates their findings',
            },
          ],
        },
      ],
      unchanged: [
        'sales.discovery',
        'sales.deal-management',
        'solutions.architecture',
        'solutions.integration',
        'implementation.configuration',
        'implementation.data-migration',
        'implementation.project-delivery',
        'admin.operations',
        'admin.upgrades',
      ],
      carried: [
        { to: 'sales.discovery', from: 'sales.discovery', levels: same },
        { to: 'sales.value-selling', from: 'sales.value-demo', levels: same },
        { to: 'sales.deal-management', from: 'sales.deal-management', levels: same },
        { to: 'solutions.architecture', from: 'solutions.architecture', levels: same },
        { to: 'solutions.integration', from: 'solutions.integration', levels: same },
        {
          to: 'solutions.proof-of-value',
          from: 'solutions.technical-demo',
          levels: { 1: 1, 2: 2, 3: 3, 4: 3 },
        },
        { to: 'implementation.configuration', from: 'implementation.configuration', levels: same },
        { to: 'implementation.data-migration', from: 'implementation.data-migration', levels: same },
        { to: 'implementation.project-delivery', from: 'implementation.project-delivery', levels: same },
        { to: 'admin.operations', from: 'admin.operations', levels: same },
        { to: 'admin.security', from: 'admin.security', levels: same },
        { to: 'admin.upgrades', from: 'admin.upgrades', levels: same },
      ],
      framework: [],
    };
    expect(diffRubricVersions(v1, v2)).toEqual(expected);
  });

  it('leaves v1 as it was: no mapping fields, and v1 against itself changes nothing', () => {
    expect(v1.framework.supersedes).toBeUndefined();
    expect(v1.framework.roles.flatMap((r) => r.competencies).some((c) => c.replaces)).toBe(false);
    const self = diffCompetencyFrameworks(v1.framework, v1.framework);
    expect([self.added, self.removed, self.changed, self.framework]).toEqual([[], [], [], []]);
    expect(self.unchanged).toHaveLength(12);
    expect(self.carried).toEqual(self.unchanged.map((id) => ({ to: id, from: id, levels: same })));
  });
});

describe('a diff of hand-made revisions', () => {
  const base = v1.framework;
  const edit = (f: (draft: CompetencyFramework) => void): CompetencyFramework => {
    const draft = structuredClone(base);
    draft.version = 'vX';
    f(draft);
    return draft;
  };

  it('sees a competency move role, change artifacts, and be removed', () => {
    const moved = edit((d) => {
      const sales = d.roles.find((r) => r.id === 'sales')!;
      const discovery = sales.competencies.shift()!;
      discovery.artifacts = ['lab_result', 'demo_recording'];
      d.roles.find((r) => r.id === 'solutions')!.competencies.push(discovery);
      d.roles.find((r) => r.id === 'admin')!.competencies.pop(); // admin.upgrades
      d.validityDays = 365;
      d.levels[3]!.name = 'Master';
    });
    const diff = diffCompetencyFrameworks(base, moved);
    expect(diff.changed).toEqual([
      {
        id: 'sales.discovery',
        changes: [
          { field: 'role', from: 'sales', to: 'solutions' },
          { field: 'artifacts', added: ['lab_result'], removed: [] },
        ],
      },
    ]);
    expect(diff.removed).toEqual([{ id: 'admin.upgrades', name: 'Upgrades and releases', role: 'admin' }]);
    expect(diff.carried.map((c) => c.from)).not.toContain('admin.upgrades');
    expect(diff.framework).toEqual([
      { field: 'validityDays', from: 730, to: 365 },
      {
        field: 'scale',
        level: 4,
        from: 'Expert: shapes the practice; handles the hardest cases; teaches',
        to: 'Master: shapes the practice; handles the hardest cases; teaches',
      },
    ]);
  });

  it('treats a replaces rule whose old id stays as a new competency fed by the old one (a split)', () => {
    const split = edit((d) => {
      d.roles[0]!.competencies.push({
        ...structuredClone(d.roles[0]!.competencies[0]!),
        id: 'sales.executive-discovery',
        replaces: { competency: 'sales.discovery', levels: { 4: 2 } },
      });
    });
    const diff = diffCompetencyFrameworks(base, split);
    expect(diff.added.map((c) => c.id)).toEqual(['sales.executive-discovery']);
    expect(diff.unchanged).toContain('sales.discovery');
    expect(diff.carried).toContainEqual({
      to: 'sales.executive-discovery',
      from: 'sales.discovery',
      levels: { 4: 2 },
    });
  });
});

describe('mapping rules in the framework file', () => {
  it('refuses a level outside 1–4 in a level map, naming its line', () => {
    const err = failureOf((t) =>
      t.replace('levels: { 1: 1, 2: 2, 3: 3, 4: 3 }', 'levels: { 1: 1, 2: 2, 3: 3, 4: 5 }'),
    );
    expect(err.code).toBe('FRAMEWORK_INVALID');
    expect(err.issues[0]).toMatchObject({
      path: 'roles[1].competencies[2].replaces.levels.4',
      reason: 'a level is 1, 2, 3 or 4',
      line: lineOf('replaces: { competency: solutions.technical-demo'),
    });
  });

  it('refuses a mapping rule without the version it maps from', () => {
    const unversioned = v2Text.replace('supersedes: v1\n', '');
    const err = failureOf(() => unversioned);
    expect(err.issues.map((i) => [i.path, i.line])).toEqual([
      [
        'roles[0].competencies[1].replaces',
        lineIn(unversioned, 'replaces: { competency: sales.value-demo }'),
      ],
      [
        'roles[1].competencies[2].replaces',
        lineIn(unversioned, 'replaces: { competency: solutions.technical-demo'),
      ],
    ]);
  });

  it('refuses to compare when a rule names a competency the older version lacks, or another version', () => {
    const typo = parseCompetencyFramework({
      name: 'v2.yaml',
      text: v2Text.replace('competency: sales.value-demo', 'competency: sales.value-demoo'),
    });
    const err = rejectionOf(() => diffRubricVersions(v1, typo));
    expect(err.issues).toEqual([
      {
        file: 'v2.yaml',
        path: 'roles[0].competencies[1].replaces.competency',
        reason: "'sales.value-demoo' is not a competency of v1",
      },
    ]);
    expect(rejectionOf(() => diffRubricVersions(v2, v2)).issues[0]).toMatchObject({ path: 'supersedes' });
  });
});
