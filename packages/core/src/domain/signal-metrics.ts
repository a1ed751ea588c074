/** The closed catalogue of program signals a framework may reference. */
export const signalMetrics = [
  'tiered_partner_share',
  'target_market_coverage',
  'training_score',
  'resources_score',
  'support_score',
  'median_time_to_first_deal_days',
  'qbr_completion',
  'enablement_reach',
  'co_marketing_share',
  'registered_deal_share',
  'partner_revenue_share',
  'engagement_tracked_share',
  'meetings_held_share',
  'survey_response_rate',
  'strategic_sponsor_share',
  'multi_threaded_share',
  'satisfaction_mean',
  'co_innovation_count',
] as const;
export type SignalMetric = (typeof signalMetrics)[number];
