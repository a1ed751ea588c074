import { describe, expect, it } from 'vitest';
import { Invalid } from './cell-parsers.ts';
import { artifactTypeIds, type Rubric, rubricOf, unknownCompetency } from './competency-rubrics.ts';

const v1 = (): Rubric => {
  const rubric = rubricOf('v1');
  if (rubric instanceof Invalid) throw new Error(rubric.reason);
  return rubric;
};

describe('rubricOf', () => {
  it('loads a framework version once and lists its competency ids', () => {
    const rubric = v1();
    expect(rubricOf('v1')).toBe(rubric);
    expect(rubric.competencyIds).toHaveLength(12);
    expect(rubric.competencies.has('sales.discovery')).toBe(true);
    expect(rubric.competencies.has('sales')).toBe(false);
  });

  it('names the available versions for an unknown one, without the folder', () => {
    const rubric = rubricOf('v9');
    expect(rubric).toBeInstanceOf(Invalid);
    expect((rubric as Invalid).reason).toBe(
      '"v9" is not a version of the partner-competency framework (available: v1, v2)',
    );
    expect(rubricOf('v9')).toBe(rubric);
  });

  it('does not reach outside the frameworks folder', () => {
    expect(rubricOf('../tier-policy/v1')).toBeInstanceOf(Invalid);
  });
});

describe('unknownCompetency', () => {
  it('suggests ids of the same role first', () => {
    expect(unknownCompetency('admin.backup', 'v1', v1())).toBe(
      '"admin.backup" is not a competency of rubric v1; valid ids include admin.operations, admin.security, ' +
        'admin.upgrades, sales.discovery, … (12 in all)',
    );
  });
  it('falls back to the first ids in framework order', () => {
    expect(unknownCompetency('discovery', 'v1', v1())).toMatch(
      /^"discovery" is not a competency of rubric v1; valid ids include sales.discovery, sales.value-demo,/,
    );
  });
});

describe('artifactTypeIds', () => {
  it('are the artifact types of framework v1', () => {
    expect(artifactTypeIds()).toEqual([
      'demo_recording',
      'solution_design',
      'configuration_export',
      'project_postmortem',
      'lab_result',
    ]);
  });
});
