/**
 * The partner-competency framework versions evaluations are scored against ("rubrics"), loaded on
 * first use and kept per version: checking a file of evaluations reads each version once.
 */
import type { CompetencyFramework } from '../domain/competency-framework.ts';
import { AppError } from '../errors.ts';
import { loadCompetencyFramework } from '../frameworks/load-framework.ts';
import { Invalid } from './cell-parsers.ts';

export interface Rubric {
  framework: CompetencyFramework;
  /** Every competency id of every role, in framework order. */
  competencyIds: readonly string[];
  competencies: ReadonlySet<string>;
}

const rubrics = new Map<string, Rubric | Invalid>();
/** Unknown versions remembered at most (a file of garbage versions must not grow the cache forever). */
const MAX_UNKNOWN = 1000;
let unknown = 0;

/** "available: v1, v2 (in /…/frameworks/partner-competency)" → "v1, v2". */
const availableOf = (err: AppError): string => {
  const reason = err.issues[0]?.reason ?? '';
  return /^available: (.*?)(?: \(in .*\))?$/.exec(reason)?.[1] ?? reason;
};

const loadRubric = (version: string): Rubric | Invalid => {
  try {
    const { framework } = loadCompetencyFramework(version);
    const competencyIds = framework.roles.flatMap((r) => r.competencies.map((c) => c.id));
    return { framework, competencyIds, competencies: new Set(competencyIds) };
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND') {
      return new Invalid(
        `"${version}" is not a version of the partner-competency framework (available: ${availableOf(err)})`,
      );
    }
    throw err; // a framework file that exists but is invalid is not the CSV's fault
  }
};

/** The rubric of a framework version, or an `Invalid` naming the versions that exist. */
export const rubricOf = (version: string): Rubric | Invalid => {
  let rubric = rubrics.get(version);
  if (rubric === undefined) {
    rubric = loadRubric(version);
    if (!(rubric instanceof Invalid)) rubrics.set(version, rubric);
    else if (unknown < MAX_UNKNOWN) {
      unknown++;
      rubrics.set(version, rubric);
    }
  }
  return rubric;
};

const SUGGESTIONS = 4;

/**
 * Why `competency` is not an id of `rubric`, with a few valid ids: those of the same role first
 * (the text before the first dot), then the others in framework order.
 */
export const unknownCompetency = (competency: string, version: string, rubric: Rubric): string => {
  const role = `${competency.split('.')[0]}.`;
  const ids = rubric.competencyIds;
  const ordered = [...ids.filter((id) => id.startsWith(role)), ...ids.filter((id) => !id.startsWith(role))];
  const more = ids.length > SUGGESTIONS ? `, … (${ids.length} in all)` : '';
  return `"${competency}" is not a competency of rubric ${version}; valid ids include ${ordered.slice(0, SUGGESTIONS).join(', ')}${more}`;
};

/** The artifact type ids of a framework version (`v1` unless told), for the evidence import. */
export const artifactTypeIds = (version = 'v1'): string[] => {
  const rubric = rubricOf(version);
  if (rubric instanceof Invalid) throw new AppError('NOT_FOUND', rubric.reason);
  return rubric.framework.artifactTypes.map((a) => a.id);
};
