/** Maps a domain ProgramAssessment to the versioned JSON contract (program-report-schema.ts). */

import type { ProgramReport } from '@trellis/contracts';
import { formatMoneyShort, formatPercent, roundHalfUp1 } from '@trellis/contracts';
import type { ProgramAssessment } from '../domain/assess-program.ts';
import type { Brief } from '../domain/brief.ts';
import type { CriterionScore } from '../domain/criterion-scores.ts';
import type { ProgramFramework } from '../domain/program-framework.ts';
import { formatSignalValue } from '../domain/program-signals.ts';
import { recordKinds } from '../domain/record-kinds.ts';
import { criteriaFedBy } from '../domain/signal-sources.ts';

const usd = (cents: number) => cents / 100;
const round = (x: number | null, digits: number): number | null =>
  x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits;
const r2 = (x: number | null) => round(x, 2);
const r4 = (x: number | null) => round(x, 4);

const criterionJson = (c: CriterionScore): ProgramReport['scorecard'][number]['criteria'][number] => ({
  id: c.id,
  text: c.text,
  signal: c.signal
    ? {
        metric: c.signal.metric,
        value: r4(c.signal.value),
        display: formatSignalValue(c.signal),
        basis: c.signal.basis,
        sample: c.signal.sample,
        rule: { better: c.signal.rule.better, cuts: c.signal.rule.cuts },
        units: c.signal.units,
      }
    : null,
  suggested: c.suggested,
  manual: c.manual,
  final: c.final,
  source: c.source,
  claimedVsObserved: c.claimedVsObserved,
  smallSample: c.smallSample,
  missingData: c.missingData,
});

/** How many criteria have a score, and why the others have none. */
const criteriaCounts = (criteria: CriterionScore[]): ProgramReport['summary']['criteria'] => ({
  total: criteria.length,
  scored: criteria.filter((c) => c.final !== null).length,
  fromData: criteria.filter((c) => c.source === 'signal').length,
  fromAssessor: criteria.filter((c) => c.source === 'manual').length,
  notMeasured: criteria.filter((c) => c.final === null && c.missingData.length > 0).length,
  notAssessed: criteria.filter((c) => c.final === null && c.missingData.length === 0).length,
});

/** Each kind of record: how many, their date span, and the criteria whose signals read it. */
const dataCoverageJson = (a: ProgramAssessment, framework: ProgramFramework): ProgramReport['dataCoverage'] =>
  recordKinds.map((kind) => ({
    kind,
    ...a.coverage[kind],
    feeds: criteriaFedBy(framework, kind),
  }));

/** A plan item: priority rounded; every action starts as "todo" (its progress is set later, set-plan-item-status.ts). */
const planItemJson = <T extends { priority: number }>(i: T) => ({
  ...i,
  priority: r2(i.priority)!,
  status: 'todo' as const,
});

const measuredLine = (counts: ProgramReport['summary']['criteria'], criteria: CriterionScore[]): string => {
  const missing = [...new Set(criteria.flatMap((c) => (c.final === null ? c.missingData : [])))];
  return `Measured: ${counts.scored} of ${counts.total} criteria (${counts.fromData} from data, ${counts.fromAssessor} by the assessor)${
    counts.notMeasured
      ? `; ${counts.notMeasured} not measured: import ${missing.join(', ')} to measure them`
      : ''
  }${counts.notAssessed ? `; ${counts.notAssessed} not assessed` : ''}`;
};

const definitions = (f: ProgramFramework): Record<string, string> => ({
  period: `trailing ${f.metrics.periodDays} days ending on the as-of date; nothing dated after it counts`,
  revenue: 'sum of opportunities won with a close date in the period (all sources)',
  partnerSourcedRevenue: 'revenue of opportunities marked sourced by the partner',
  pipeline: 'sum of opportunities open at the as-of date',
  active: `any activity, meeting held, opportunity created or deal won in the last ${f.metrics.activeDays} days`,
  engagement: `high: ≥ ${f.metrics.engagementLevels.high} activities in ${f.metrics.activeDays} days; medium: ≥ ${f.metrics.engagementLevels.medium}; low: fewer`,
  timeToFirstDeal: "days from the partner's join date to its first won opportunity",
  satisfaction: "mean of the partners' latest survey scores (0–10)",
  health: `dormant: no activity for ≥ ${f.health.dormantDays} days and no open pipeline; at-risk: any risk flag; engaged: activity within ${f.health.engagedDays} days and open pipeline or a deal won within ${f.health.wonWithinDays} days; passive: the rest`,
  qbrCompletion: `QBRs held ÷ QBRs scheduled in the period for ${f.metrics.qbrPartnerTypes.join(', ')} partners`,
  scores:
    'dimension = mean of its criteria; overall = weighted mean of dimensions; one decimal, rounded half up; band read from the rounded value',
});

export const buildProgramReportJson = (
  a: ProgramAssessment,
  framework: ProgramFramework,
  frameworkSha256: string,
  brief: Brief,
  readiness: ReadonlyMap<
    string,
    { tier: string | null; earned: string | null; composite: number; asOf: string }
  > = new Map(),
): ProgramReport => {
  const f = a.figures;
  const s = a.summary;
  const counts = criteriaCounts(a.criteria);
  const healthOf = new Map(a.views.map((v) => [v.facts.externalId, v.health]));
  return {
    schemaVersion: '1',
    program: brief.name,
    asOf: a.asOf,
    period: {
      start: a.periodStart,
      end: a.asOf,
      days: framework.metrics.periodDays,
      activeDays: framework.metrics.activeDays,
    },
    brief: {
      context: {
        notes: brief.context.notes ?? null,
        companyRevenue: brief.context.companyRevenue ?? null,
        tools: brief.context.tools ?? [],
        targetRegions: brief.context.targetRegions,
        targetSegments: brief.context.targetSegments,
      },
      objectives: brief.objectives.map((o) => ({
        metric: o.metric,
        target: o.target,
        deadline: o.deadline ?? null,
        note: o.note ?? null,
      })),
      initiatives: brief.initiatives.map((i) => ({
        title: i.title,
        count: i.count ?? null,
        deadline: i.deadline ?? null,
      })),
      constraints: { ...brief.constraints, notes: brief.constraints.notes ?? null },
    },
    framework: { kind: 'program-readiness', version: framework.version, sha256: frameworkSha256 },
    definitions: definitions(framework),
    summary: {
      overall: s.overall,
      valueRealized: {
        partnerSourcedRevenue: usd(f.sourcedRevenueCents),
        partnerRevenue: usd(f.revenueCents),
        revenueShare: r4(f.revenueShare),
        partners: s.value.partners,
        active: s.value.active,
        engaged: s.value.engaged,
        passive: s.value.passive,
        atRisk: s.value.atRisk,
        dormant: s.value.dormant,
      },
      topImprovements: s.topImprovements,
      criteria: counts,
      headline: [
        `Overall maturity: ${s.overall.score.toFixed(1)} (${s.overall.band})`,
        `Partner value: ${formatMoneyShort(f.sourcedRevenueCents)} partner-sourced revenue${
          f.revenueShare !== null ? ` (${formatPercent(f.revenueShare)} of total)` : ''
        }; ${f.active} active partners; ${f.partners - f.active} inactive (no activity in the last ${framework.metrics.activeDays} days)`,
        `Partner health: ${s.value.engaged} engaged, ${s.value.passive} passive, ${s.value.atRisk} at-risk, ${s.value.dormant} dormant`,
        `Top improvements: ${s.topImprovements.map((t, i) => `(${i + 1}) ${t.title}`).join(', ')}`,
        measuredLine(counts, a.criteria),
      ],
    },
    scorecard: a.scorecard.map((d) => ({
      id: d.id,
      dimension: d.dimension,
      score: d.score,
      band: d.band,
      weight: d.weight,
      findings: d.findings.map((x) => ({
        ...x,
        signal: x.signal ? { ...x.signal, value: r4(x.signal.value) } : null,
      })),
      criteria: d.criteria.map(criterionJson),
    })),
    claimsVsObserved: a.criteria
      .filter((c) => c.claimedVsObserved)
      .map((c) => {
        const dim = a.scorecard.find((d) => d.id === c.dimension)!;
        return {
          criterion: c.id,
          text: c.text,
          claimed: c.manual!.score,
          observed: c.suggested!,
          reason: c.manual!.reason,
          signal: {
            metric: c.signal!.metric,
            value: r4(c.signal!.value),
            display: formatSignalValue(c.signal!),
            basis: c.signal!.basis,
            sample: c.signal!.sample,
          },
          dimension: dim.dimension,
          // A claim is an assessor's score on a measured criterion: its dimension has a score.
          dimensionScore: dim.score!,
          dimensionScoreOnData: dim.scoreOnData!,
        };
      }),
    portfolio: {
      segments: a.portfolio.segments.map((g) => ({
        type: g.type,
        partners: g.partners,
        revenue: usd(g.revenueCents),
        health: Object.fromEntries(
          Object.entries(g.health).map(([k, v]) => [
            k,
            { partners: v.partners, revenue: usd(v.revenueCents) },
          ]),
        ) as ProgramReport['portfolio']['segments'][number]['health'],
        launching: g.launching,
        stalled: g.stalled,
      })),
      topPerformers: a.portfolio.topPerformers.map((p) => ({
        externalId: p.externalId,
        name: p.name,
        type: p.type,
        revenue: usd(p.revenueCents),
        revenueShare: r4(p.revenueShare)!,
        deals: p.deals,
      })),
      coverage: a.portfolio.coverage,
      coverageGaps: a.portfolio.coverageGaps,
      atRisk: a.portfolio.atRisk.map((p) => ({
        externalId: p.externalId,
        name: p.name,
        type: p.type,
        revenue: usd(p.revenueCents),
        reasons: p.reasons.map((x) => x.text),
      })),
    },
    enablement: {
      target: a.enablement.target,
      feedback: a.enablement.feedback.map((x) => ({
        ...x,
        mean: x.mean === null ? null : roundHalfUp1(x.mean),
      })),
      trainingCompletion: {
        ...a.enablement.trainingCompletion,
        share: r4(a.enablement.trainingCompletion.share),
      },
      recommendations: a.enablement.recommendations,
    },
    performance: {
      partners: a.performance.partners.map((p) => {
        return {
          externalId: p.externalId,
          name: p.name,
          type: p.type,
          programTier: p.programTier,
          pipeline: usd(p.pipelineCents),
          revenue: usd(p.revenueCents),
          sourcedRevenue: usd(p.sourcedRevenueCents),
          deals: p.deals,
          engagement: p.engagement,
          activitiesRecent: p.activitiesRecent,
          satisfaction: p.satisfaction,
          timeToFirstDealDays: p.timeToFirstDealDays,
          health: p.health,
          healthReasons: healthOf.get(p.externalId)!.reasons.map((x) => x.text),
          readiness: (() => {
            const t = readiness.get(p.externalId);
            return t ? { ...t, composite: Math.round(t.composite * 10) / 10 } : null;
          })(),
          lastActivityOn: p.lastActivityOn,
        };
      }),
      topContributors: a.performance.topContributors,
      underperformers: a.performance.underperformers,
      aggregates: {
        partnerRevenue: usd(a.performance.aggregates.revenueCents),
        partnerSourcedRevenue: usd(a.performance.aggregates.sourcedRevenueCents),
        pipeline: usd(a.performance.aggregates.pipelineCents),
        deals: a.performance.aggregates.deals,
        avgTimeToFirstDealDays: r2(a.performance.aggregates.avgTimeToFirstDealDays),
        medianTimeToFirstDealDays: r2(a.performance.aggregates.medianTimeToFirstDealDays),
        activeShare: r4(a.performance.aggregates.activeShare),
        avgSatisfaction:
          a.performance.aggregates.avgSatisfaction === null
            ? null
            : roundHalfUp1(a.performance.aggregates.avgSatisfaction),
      },
    },
    dataCoverage: dataCoverageJson(a, framework),
    plan: {
      ...a.plan,
      days30: a.plan.days30.map(planItemJson),
      days60: a.plan.days60.map(planItemJson),
      days90: a.plan.days90.map(planItemJson),
      deferred: a.plan.deferred.map(planItemJson),
      metrics: a.plan.metrics.map((m) => ({ ...m, baseline: r4(m.baseline) })),
    },
  };
};
