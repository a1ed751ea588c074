/** The partner-competency framework as the domain sees it (validated by src/frameworks). */
export const roles = ['sales', 'solutions', 'implementation', 'admin'] as const;
export type Role = (typeof roles)[number];

export interface Competency {
  id: string;
  name: string;
  artifacts: string[];
  /** Observable behaviour per level 1–4. */
  levels: Record<1 | 2 | 3 | 4, string>;
}

export interface CompetencyFramework {
  kind: 'partner-competency';
  version: string;
  title: string;
  levels: { level: number; name: string; description: string }[];
  artifactTypes: { id: string; name: string; description: string }[];
  validityDays: number;
  roles: { id: Role; name: string; competencies: Competency[] }[];
}
