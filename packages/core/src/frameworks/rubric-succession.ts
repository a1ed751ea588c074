/**
 * A revised partner-competency framework read against the version it supersedes: its mapping
 * rules must name that version and competencies it has. The diff itself is pure
 * (domain/rubric-diff.ts); this is the check a door runs before showing or adopting it.
 */
import type { CompetencyFramework } from '../domain/competency-framework.ts';
import { type CompetencyFrameworkDiff, diffCompetencyFrameworks } from '../domain/rubric-diff.ts';
import { AppError, type Issue } from '../errors.ts';
import type { Loaded } from './load-framework.ts';

export const rubricSuccessionIssues = (
  before: Loaded<CompetencyFramework>,
  after: Loaded<CompetencyFramework>,
): Issue[] => {
  const file = after.source;
  const { framework: a } = before;
  const { framework: b } = after;
  const rules = b.roles.flatMap((r, ri) =>
    r.competencies.flatMap((c, ci) => (c.replaces ? [{ c, path: `roles[${ri}].competencies[${ci}]` }] : [])),
  );
  if (rules.length && b.supersedes !== a.version)
    return [
      {
        file,
        path: 'supersedes',
        reason: `its mapping rules read from ${b.supersedes}, not ${a.version}: compare it with ${b.supersedes}`,
      },
    ];
  const known = new Set(a.roles.flatMap((r) => r.competencies.map((c) => c.id)));
  return rules
    .filter(({ c }) => !known.has(c.replaces!.competency))
    .map(({ c, path }) => ({
      file,
      path: `${path}.replaces.competency`,
      reason: `'${c.replaces!.competency}' is not a competency of ${a.version}`,
    }));
};

/** The diff of two loaded versions, or FRAMEWORK_INVALID when the newer one's mapping rules do not fit. */
export const diffRubricVersions = (
  before: Loaded<CompetencyFramework>,
  after: Loaded<CompetencyFramework>,
): CompetencyFrameworkDiff => {
  const issues = rubricSuccessionIssues(before, after);
  if (issues.length)
    throw new AppError(
      'FRAMEWORK_INVALID',
      `Framework ${after.source} cannot be compared with ${before.framework.version}: its mapping rules do not fit`,
      issues,
    );
  return diffCompetencyFrameworks(before.framework, after.framework);
};
