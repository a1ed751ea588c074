/**
 * Criterion scores: the signal suggests (1–5 from its cut points), a manual score from the brief
 * overrides with a reason, and a disagreement of 2+ points is flagged as "claimed vs observed".
 */
import type { ManualScore } from './brief.ts';
import type { ProgramFramework, SignalRule } from './program-framework.ts';
import type { SignalValue } from './program-signals.ts';
import type { RecordKind } from './record-kinds.ts';

export const CLAIM_GAP = 2;

export const suggestScore = (rule: SignalRule, value: number | null): number | null => {
  if (value === null) return null;
  const eps = 1e-9;
  const passed = rule.cuts.filter((c) =>
    rule.better === 'higher' ? value >= c - eps : value <= c + eps,
  ).length;
  return Math.min(5, 1 + passed);
};

export interface CriterionScore {
  id: string;
  dimension: string;
  text: string;
  signal: (SignalValue & { rule: SignalRule }) | null;
  suggested: number | null;
  manual: { score: number; reason: string } | null;
  /** null when neither data nor the assessor gave a score. */
  final: number | null;
  source: 'signal' | 'manual' | 'none';
  claimedVsObserved: boolean;
  /** The signal rests on fewer records than the framework's minSample. */
  smallSample: boolean;
  /**
   * The kinds of record the criterion's signal needs and the org has none of: then the data
   * measured nothing (no suggested score; an assessor's score still counts).
   */
  missingData: RecordKind[];
}

export const scoreCriteria = (
  framework: ProgramFramework,
  signalOf: (rule: SignalRule) => SignalValue,
  manualScores: ManualScore[],
  missingOf: (rule: SignalRule) => RecordKind[] = () => [],
): CriterionScore[] => {
  const manualById = new Map(manualScores.map((m) => [m.criterion, m]));
  return framework.dimensions.flatMap((d) =>
    d.criteria.map((c): CriterionScore => {
      const missingData = c.signal ? missingOf(c.signal) : [];
      const measured = missingData.length === 0;
      const signal = c.signal && measured ? { ...signalOf(c.signal), rule: c.signal } : null;
      const suggested = signal ? suggestScore(signal.rule, signal.value) : null;
      const m = manualById.get(c.id);
      const manual = m ? { score: m.score, reason: m.reason } : null;
      const final = manual?.score ?? suggested;
      return {
        id: c.id,
        dimension: d.id,
        text: c.text,
        signal,
        suggested,
        manual,
        final,
        source: manual ? 'manual' : suggested !== null ? 'signal' : 'none',
        claimedVsObserved:
          manual !== null && suggested !== null && Math.abs(manual.score - suggested) >= CLAIM_GAP,
        smallSample: typeof signal?.sample === 'number' && signal.sample < framework.metrics.minSample,
        missingData,
      };
    }),
  );
};
