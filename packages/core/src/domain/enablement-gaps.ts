/** Deliverable 4: survey feedback on training, resources, support, and recommendations. */

import { fillTitle } from './action-titles.ts';
import type { CriterionScore } from './criterion-scores.ts';
import type { ProgramFigures, SurveyArea } from './program-figures.ts';
import type { Action, ProgramFramework } from './program-framework.ts';
import { distribution0to10 } from './statistics.ts';

export const enablementAreas = ['training', 'resources', 'support'] as const;
type Area = (typeof enablementAreas)[number];

export interface AreaFeedback {
  area: Area | 'satisfaction';
  n: number;
  mean: number | null;
  /** Count of partners per score 0–10. */
  distribution: number[];
  belowTarget: boolean;
}

export interface Recommendation {
  action: string;
  title: string;
  practice: number;
  because: string;
}

export interface EnablementGaps {
  target: number;
  feedback: AreaFeedback[];
  trainingCompletion: ProgramFigures['trainingCompletion'];
  recommendations: Recommendation[];
}

const feedbackOf = (area: AreaFeedback['area'], a: SurveyArea, target: number): AreaFeedback => ({
  area,
  n: a.n,
  mean: a.mean,
  distribution: distribution0to10(a.scores),
  belowTarget: a.mean !== null && a.mean < target,
});

export const buildEnablementGaps = (
  figures: ProgramFigures,
  criteria: CriterionScore[],
  framework: ProgramFramework,
  words: Record<string, string>,
): EnablementGaps => {
  const target = framework.metrics.surveyTarget;
  const feedback = enablementAreas.map((a) => feedbackOf(a, figures[a], target));
  const actions = new Map(framework.actions.map((a) => [a.id, a]));
  const recs = new Map<string, Recommendation>();
  const add = (a: Action | undefined, because: string) => {
    if (a && !recs.has(a.id))
      recs.set(a.id, { action: a.id, title: fillTitle(a.title, words), practice: a.practice, because });
  };
  for (const f of feedback.filter((x) => x.belowTarget)) {
    for (const a of framework.actions.filter((x) => x.area === f.area)) {
      add(a, `${f.area} scored ${f.mean!.toFixed(1)}/10 (n=${f.n}), below ${target}`);
    }
  }
  for (const c of criteria.filter((x) => x.dimension === framework.metrics.enablementDimension)) {
    if (c.final !== null && c.final < framework.plan.targetScore) {
      const crit = framework.dimensions.flatMap((d) => d.criteria).find((x) => x.id === c.id)!;
      for (const id of crit.actions) add(actions.get(id), `${c.text}: ${c.final}/5`);
    }
  }
  return {
    target,
    feedback: [...feedback, feedbackOf('satisfaction', figures.satisfaction, target)],
    trainingCompletion: figures.trainingCompletion,
    recommendations: [...recs.values()],
  };
};
