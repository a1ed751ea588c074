/**
 * Health of one partner as of T (docs/metrics.md#health): rules evaluated in the order dormant,
 * at-risk, engaged, passive; the first that matches is the state, and every matching reason is
 * listed so the state can be explained.
 */

import { formatMoneyShort } from '@trellis/contracts';
import { daysBetween } from './dates.ts';
import { daysSinceActivity } from './partner-activity.ts';
import type { PartnerFacts } from './partner-facts.ts';
import type { HealthSettings, MetricSettings } from './program-framework.ts';

export const healthStates = ['engaged', 'passive', 'at-risk', 'dormant'] as const;
export type HealthState = (typeof healthStates)[number];

export interface HealthReason {
  code: string;
  text: string;
  /** `risk` reasons make a partner at-risk; `note` reasons are context. */
  kind: 'dormancy' | 'risk' | 'engagement' | 'note';
}

export interface Health {
  state: HealthState;
  reasons: HealthReason[];
}

const money = (cents: number) => formatMoneyShort(cents);

export const assessHealth = (
  p: PartnerFacts,
  asOf: string,
  health: HealthSettings,
  metrics: MetricSettings,
): Health => {
  const idle = daysSinceActivity(p, asOf);
  const reasons: HealthReason[] = [];

  const dormantIdle = idle === null || idle >= health.dormantDays;
  if (dormantIdle) {
    reasons.push({
      code: 'inactive',
      kind: 'dormancy',
      text: idle === null ? 'no recorded activity' : `no activity for ${idle} days`,
    });
  }
  if (dormantIdle && p.pipelineCents === 0) {
    reasons.push({ code: 'no-pipeline', kind: 'dormancy', text: 'no open pipeline' });
  }
  const dormant = dormantIdle && p.pipelineCents === 0;

  const { risks } = health;
  if (risks.championDeparted && p.championDeparted) {
    reasons.push({
      code: 'champion-departed',
      kind: 'risk',
      text: `champion departed (${p.championDeparted.name} left ${p.championDeparted.leftOn})`,
    });
  }
  const sat = p.survey?.satisfaction;
  if (sat !== null && sat !== undefined && sat <= risks.lowSatisfactionAtMost) {
    reasons.push({ code: 'low-satisfaction', kind: 'risk', text: `satisfaction ${sat}/10` });
  }
  // Won deals leave the pipeline too: only what disappeared without being won counts as a drop.
  const prior = p.pipelinePriorCents - p.wonFromPriorCents;
  if (prior > 0) {
    const drop = (prior - p.pipelineCents) / prior;
    if (drop >= risks.pipelineDropShare) {
      reasons.push({
        code: 'pipeline-drop',
        kind: 'risk',
        text: `open pipeline fell ${Math.round(drop * 100)}% in ${metrics.activeDays} days, not counting deals won (${money(prior)} → ${money(p.pipelineCents)})`,
      });
    }
  }
  if (metrics.qbrPartnerTypes.includes(p.type)) {
    // Overdue when no QBR was held within the window — counted from joining if none ever was.
    const since = daysBetween(p.lastQbrHeldOn ?? p.joinedOn, asOf);
    if (since > risks.qbrOverdueDays) {
      reasons.push({
        code: 'qbr-overdue',
        kind: 'risk',
        text: p.lastQbrHeldOn ? `QBR overdue (last held ${since} days ago)` : 'QBR overdue (none held)',
      });
    }
  }
  if (metrics.qbrPartnerTypes.includes(p.type) && !p.executiveSponsor) {
    reasons.push({ code: 'no-executive-sponsor', kind: 'note', text: 'no executive relationship' });
  }
  if (p.currentContacts <= 1) {
    reasons.push({
      code: 'single-threaded',
      kind: 'note',
      text: p.currentContacts === 0 ? 'no current contact' : 'single point of contact',
    });
  }

  const recent = idle !== null && idle < health.engagedDays;
  const wonRecently = p.lastWonOn !== null && daysBetween(p.lastWonOn, asOf) < health.wonWithinDays;
  if (recent)
    reasons.push({ code: 'recent-activity', kind: 'engagement', text: `last activity ${idle} days ago` });
  if (p.pipelineCents > 0) {
    reasons.push({
      code: 'open-pipeline',
      kind: 'engagement',
      text: `open pipeline ${money(p.pipelineCents)}`,
    });
  }
  if (wonRecently) {
    reasons.push({ code: 'recent-win', kind: 'engagement', text: `deal won ${p.lastWonOn}` });
  }

  const state: HealthState = dormant
    ? 'dormant'
    : reasons.some((r) => r.kind === 'risk')
      ? 'at-risk'
      : recent && (p.pipelineCents > 0 || wonRecently)
        ? 'engaged'
        : 'passive';
  return { state, reasons };
};
