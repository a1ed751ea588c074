/**
 * The records each program signal is computed from. A signal whose records were never imported
 * (the org has none of that kind) measures nothing: its criterion is "not measured", not a 1/5
 * (docs/metrics.md#not-measured). `any` is met by one of the kinds (activity is recorded by
 * activities, meetings held and opportunities).
 */
import type { ProgramFramework } from './program-framework.ts';
import type { DataCoverage, RecordKind } from './record-kinds.ts';
import type { SignalMetric } from './signal-metrics.ts';

export interface SignalSources {
  all: RecordKind[];
  any?: RecordKind[];
}

export const signalSources: Record<SignalMetric, SignalSources> = {
  tiered_partner_share: { all: ['partners'] },
  target_market_coverage: { all: ['partners'], any: ['activities', 'meetings', 'opportunities'] },
  training_score: { all: ['surveys'] },
  resources_score: { all: ['surveys'] },
  support_score: { all: ['surveys'] },
  satisfaction_mean: { all: ['surveys'] },
  survey_response_rate: { all: ['surveys'] },
  median_time_to_first_deal_days: { all: ['opportunities'] },
  registered_deal_share: { all: ['opportunities'] },
  partner_revenue_share: { all: ['opportunities'] },
  qbr_completion: { all: ['meetings'] },
  meetings_held_share: { all: ['meetings'] },
  enablement_reach: { all: ['activities'] },
  co_marketing_share: { all: ['activities'] },
  engagement_tracked_share: { all: ['activities'] },
  co_innovation_count: { all: ['activities'] },
  strategic_sponsor_share: { all: ['partners'] },
  multi_threaded_share: { all: ['people'] },
};

/**
 * The kinds a signal lacks in this org (empty when it can be measured). Of an `any` group with
 * nothing, the first kind is named: that is the one to import.
 */
export const missingSources = (metric: SignalMetric, coverage: DataCoverage): RecordKind[] => {
  const { all, any } = signalSources[metric];
  const missing = all.filter((k) => coverage[k].rows === 0);
  if (any?.every((k) => coverage[k].rows === 0)) missing.push(any[0]!);
  return missing;
};

/** Every kind a signal reads (for the report's data-coverage section). */
export const sourcesOf = (metric: SignalMetric): RecordKind[] => {
  const { all, any = [] } = signalSources[metric];
  return [...all, ...any];
};

/** The criteria of a framework whose signals read `kind` (what importing that kind measures). */
export const criteriaFedBy = (framework: ProgramFramework, kind: RecordKind): string[] =>
  framework.dimensions.flatMap((d) =>
    d.criteria.filter((c) => c.signal && sourcesOf(c.signal.metric).includes(kind)).map((c) => c.id),
  );
