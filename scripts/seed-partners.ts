/** The 25 partners of the seed's filled example (and one retired), as specifications. */

export type Kind = 'engaged' | 'passive' | 'at-risk' | 'dormant';
export interface Spec {
  id: string;
  name: string;
  type: 'strategic' | 'channel' | 'technology';
  tier: string | null;
  region: string;
  segment: string;
  lifecycle: 'onboarding' | 'active' | 'retired';
  sponsor?: string;
  kind: Kind;
  /** Revenue won in the period, in dollars, and the number of deals. */
  revenue: number;
  deals: number;
  /** Days from joining to the first won deal (a historic deal before the period, unless firstDealInPeriod). */
  ttfd?: number;
  firstDealInPeriod?: boolean;
  recentActivities?: number;
  contacts?: number;
  coMarketing?: boolean;
  survey?: [number, number, number, number];
  joinedOn?: string;
}

const S = (id: string, rest: Omit<Spec, 'id' | 'name'> & { name?: string }): Spec => ({
  id,
  name: rest.name ?? `Partner ${id.slice(2)}`,
  ...rest,
});

// biome-ignore format: one partner per line reads as a table
export const partners: Spec[] = [
  // Strategic: $6M; 3 engaged, 1 passive, 1 at-risk (X: champion left, no executive relationship).
  S('P-A', { type: 'strategic', tier: 'Platinum', region: 'NA', segment: 'Enterprise', lifecycle: 'active', sponsor: 'CRO', kind: 'engaged', revenue: 2_500_000, deals: 12, ttfd: 150, recentActivities: 26, contacts: 3, coMarketing: true, survey: [8, 6, 7, 8], }),
  S('P-B', { type: 'strategic', tier: 'Gold', region: 'EMEA', segment: 'Enterprise', lifecycle: 'active', sponsor: 'CEO', kind: 'engaged', revenue: 2_000_000, deals: 8, ttfd: 160, recentActivities: 21, contacts: 2, coMarketing: true, survey: [8.5, 6, 7, 8], }),
  S('P-C', { type: 'strategic', tier: 'Gold', region: 'NA', segment: 'Mid-Market', lifecycle: 'active', sponsor: 'VP Sales', kind: 'engaged', revenue: 0, deals: 0, ttfd: 170, recentActivities: 10, contacts: 2, coMarketing: true, survey: [7.5, 5, 6, 7], }),
  S('P-H', { type: 'strategic', tier: 'Gold', region: 'EMEA', segment: 'Mid-Market', lifecycle: 'active', kind: 'passive', revenue: 0, deals: 0, ttfd: 175, survey: [7, 5, 6, 7], }),
  S('P-X', { type: 'strategic', tier: 'Gold', region: 'NA', segment: 'Enterprise', lifecycle: 'active', kind: 'at-risk', revenue: 1_500_000, deals: 5, ttfd: 180, survey: [5, 4, 5, 6], }),
  // Channel: $2M; 5 engaged, 7 passive (incl. D), 3 dormant (E, F, G).
  S('P-I', { type: 'channel', tier: 'Silver', region: 'NA', segment: 'Mid-Market', lifecycle: 'active', kind: 'engaged', revenue: 240_000, deals: 4, ttfd: 180, recentActivities: 12, contacts: 2, coMarketing: true, survey: [7.5, 5, 6, 7], }),
  S('P-J', { type: 'channel', tier: 'Silver', region: 'EMEA', segment: 'Mid-Market', lifecycle: 'active', kind: 'engaged', revenue: 220_000, deals: 3, ttfd: 185, recentActivities: 8, contacts: 2, coMarketing: true, survey: [7.5, 5, 6, 7], }),
  S('P-K', { type: 'channel', tier: 'Silver', region: 'NA', segment: 'Enterprise', lifecycle: 'active', kind: 'engaged', revenue: 200_000, deals: 3, ttfd: 190, recentActivities: 6, survey: [6.5, 5, 6, 7], }),
  S('P-L', { type: 'channel', tier: 'Silver', region: 'EMEA', segment: 'Enterprise', lifecycle: 'active', kind: 'engaged', revenue: 180_000, deals: 2, ttfd: 195, recentActivities: 5, survey: [7, 5, 6, 7], }),
  S('P-M', { type: 'channel', tier: 'Silver', region: 'NA', segment: 'Mid-Market', lifecycle: 'active', kind: 'engaged', revenue: 170_000, deals: 2, ttfd: 200, recentActivities: 5, }),
  S('P-D', { type: 'channel', tier: 'Bronze', region: 'NA', segment: 'SMB', lifecycle: 'active', kind: 'passive', revenue: 50_000, deals: 1, ttfd: 180, firstDealInPeriod: true, survey: [6, 4, 5, 6], }),
  S('P-N', { type: 'channel', tier: 'Bronze', region: 'EMEA', segment: 'SMB', lifecycle: 'active', kind: 'passive', revenue: 170_000, deals: 2, ttfd: 210, survey: [6.6, 5, 6, 7], }),
  S('P-O', { type: 'channel', tier: 'Bronze', region: 'NA', segment: 'Mid-Market', lifecycle: 'active', kind: 'passive', revenue: 160_000, deals: 2, ttfd: 165, }),
  S('P-P', { type: 'channel', tier: null, region: 'NA', segment: 'SMB', lifecycle: 'active', kind: 'passive', revenue: 150_000, deals: 2, ttfd: 175, }),
  S('P-Q', { type: 'channel', tier: null, region: 'EMEA', segment: 'Mid-Market', lifecycle: 'active', kind: 'passive', revenue: 140_000, deals: 2, ttfd: 185, }),
  S('P-R', { type: 'channel', tier: null, region: 'NA', segment: 'Enterprise', lifecycle: 'active', kind: 'passive', revenue: 150_000, deals: 1, ttfd: 190, }),
  S('P-S', { type: 'channel', tier: null, region: 'EMEA', segment: 'SMB', lifecycle: 'active', kind: 'passive', revenue: 170_000, deals: 1, ttfd: 200, }),
  S('P-E', { type: 'channel', tier: null, region: 'NA', segment: 'SMB', lifecycle: 'active', kind: 'dormant', revenue: 0, deals: 0, survey: [4.5, 5, 6, 7], }),
  S('P-F', { type: 'channel', tier: null, region: 'EMEA', segment: 'SMB', lifecycle: 'active', kind: 'dormant', revenue: 0, deals: 0, }),
  S('P-G', { type: 'channel', tier: null, region: 'NA', segment: 'SMB', lifecycle: 'active', kind: 'dormant', revenue: 0, deals: 0, }),
  // Technology: $0; 2 launching (onboarding, engaged), 3 stalled (no deal ever, passive).
  S('P-T1', { name: 'Partner T1', type: 'technology', tier: null, region: 'NA', segment: 'Enterprise', lifecycle: 'onboarding', kind: 'engaged', revenue: 0, deals: 0, recentActivities: 6, joinedOn: '2026-06-01', }),
  S('P-T2', { name: 'Partner T2', type: 'technology', tier: null, region: 'EMEA', segment: 'Mid-Market', lifecycle: 'onboarding', kind: 'engaged', revenue: 0, deals: 0, recentActivities: 6, joinedOn: '2026-06-15', }),
  S('P-T3', { name: 'Partner T3', type: 'technology', tier: null, region: 'NA', segment: 'Mid-Market', lifecycle: 'active', kind: 'passive', revenue: 0, deals: 0, joinedOn: '2025-04-01', }),
  S('P-T4', { name: 'Partner T4', type: 'technology', tier: null, region: 'EMEA', segment: 'Enterprise', lifecycle: 'active', kind: 'passive', revenue: 0, deals: 0, joinedOn: '2025-05-01', }),
  S('P-T5', { name: 'Partner T5', type: 'technology', tier: null, region: 'NA', segment: 'SMB', lifecycle: 'active', kind: 'passive', revenue: 0, deals: 0, joinedOn: '2025-06-01', }),
  // Retired before the period: must not count anywhere.
  S('P-Z', { name: 'Partner Z (retired)', type: 'channel', tier: null, region: 'APAC', segment: 'SMB', lifecycle: 'retired', kind: 'dormant', revenue: 0, deals: 0, joinedOn: '2022-01-10', }),
];
