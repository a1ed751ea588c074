/** The partner-competency framework as the domain sees it (validated by src/frameworks). */
export const roles = ['sales', 'solutions', 'implementation', 'admin'] as const;
export type Role = (typeof roles)[number];

export type CompetencyLevel = 1 | 2 | 3 | 4;

/**
 * A mapping rule: evaluations of `competency` in the version this one supersedes carry over to this
 * competency, each level to the level `levels` gives (every level as it is when absent; a level left
 * out of the map does not carry). Definitions: docs/governance.md#rubric-versions.
 */
export interface CompetencyReplacement {
  competency: string;
  levels?: Partial<Record<CompetencyLevel, CompetencyLevel>>;
}

export interface Competency {
  id: string;
  name: string;
  artifacts: string[];
  /** Observable behaviour per level 1–4. */
  levels: Record<CompetencyLevel, string>;
  replaces?: CompetencyReplacement;
}

export interface CompetencyFramework {
  kind: 'partner-competency';
  version: string;
  /** The version this one revises: the one its `replaces` rules read from. */
  supersedes?: string;
  title: string;
  levels: { level: number; name: string; description: string }[];
  artifactTypes: { id: string; name: string; description: string }[];
  validityDays: number;
  roles: { id: Role; name: string; competencies: Competency[] }[];
}
