/**
 * Use-case: score every partner's readiness as of a date (skills × capacity × outcomes → tier),
 * store the tiers in effect and reconcile the remediation items, and return the report.
 * With `persist: false` nothing is written (what-if runs).
 */

import type { ReadinessReport } from '@trellis/contracts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import { countPartners } from '../../db/queries/partner-count.ts';
import { loadReadinessFacts } from '../../db/queries/readiness-facts.ts';
import { latestScoringDate } from '../../db/queries/readiness-reads.ts';
import {
  listRemediation,
  lockOrgCounter,
  reconcileRemediation,
  saveScoringReport,
  saveTierHistory,
} from '../../db/queries/save-readiness.ts';
import type { Database } from '../../db/sql-client.ts';
import type { CompetencyFramework } from '../../domain/competency-framework.ts';
import { AS_OF_YEARS, isAsOfDate } from '../../domain/dates.ts';
import type { ReadinessFacts } from '../../domain/readiness-facts.ts';
import { planRemediation } from '../../domain/remediation-plan.ts';
import { type PartnerReadiness, scorePartner } from '../../domain/score-partner.ts';
import type { TierPolicy } from '../../domain/tier-policy.ts';
import { AppError } from '../../errors.ts';
import { type Loaded, loadCompetencyFramework, loadTierPolicy } from '../../frameworks/load-framework.ts';
import { buildReadinessReportJson } from '../../reports/readiness-report-json.ts';
import type { Caller } from '../accounts/caller.ts';
import { nothingToAssess } from '../assessments/assess-program.ts';

export interface ScoringContext {
  policy: Loaded<TierPolicy>;
  framework: Loaded<CompetencyFramework>;
}

/**
 * A tier policy (from the catalog, a file the CLI read or an upload) with the competency framework
 * version it names, from the catalog. Defaults to the published policy v1.
 */
export const scoringContext = (policy: Loaded<TierPolicy> = loadTierPolicy('v1')): ScoringContext => {
  const p = policy;
  const framework = loadCompetencyFramework(p.framework.competencyFramework);
  const names = new Set(framework.framework.roles.map((r) => r.id));
  const missing = p.framework.tiers
    .flatMap((t) => Object.keys(t.headcount))
    .filter((r) => !names.has(r as never));
  if (missing.length)
    throw new AppError(
      'FRAMEWORK_INVALID',
      `Tier policy ${p.source} names roles the competency framework lacks: ${missing.join(', ')}`,
    );
  return { policy: p, framework };
};

export interface Scored {
  facts: ReadinessFacts[];
  results: PartnerReadiness[];
}

export const scoreAll = async (
  db: Database,
  orgId: string,
  asOf: string,
  ctx: ScoringContext,
): Promise<Scored> => {
  const facts = await loadReadinessFacts(
    db,
    orgId,
    asOf,
    ctx.policy.framework.outcomes.windowDays,
    ctx.framework.framework,
  );
  return {
    facts,
    results: facts.map((f) => scorePartner(f, ctx.framework.framework, ctx.policy.framework, asOf)),
  };
};

/** The audit entries of a scoring: every partner whose tier in effect changed. */
const tierChanges = (report: ReadinessReport) =>
  report.partners
    .filter(
      (p) => p.change === 'promoted' || p.change === 'demoted' || (p.change === 'new' && p.tier !== null),
    )
    .map((p) => ({
      action: 'tier.change',
      entity: 'partner',
      entityId: p.externalId,
      before: { tier: p.change === 'new' ? null : undefined },
      after: { tier: p.tier, earned: p.earned, composite: p.composite, asOf: report.asOf, change: p.change },
    }));

export const scorePartnersUseCase = async (
  db: Database,
  caller: Caller,
  input: { asOf: string; context?: ScoringContext; persist?: boolean },
): Promise<ReadinessReport> => {
  if (!isAsOfDate(input.asOf))
    throw new AppError('INVALID_INPUT', `Invalid as-of date '${input.asOf}'`, [
      { path: 'as-of', reason: `must be a date YYYY-MM-DD from ${AS_OF_YEARS.from} to ${AS_OF_YEARS.to}` },
    ]);
  const ctx = input.context ?? scoringContext();
  const { facts, results } = await scoreAll(db, caller.orgId, input.asOf, ctx);
  if (facts.length === 0) {
    if ((await countPartners(db, caller.orgId)) === 0) throw nothingToAssess(caller.orgId);
    throw new AppError('INVALID_INPUT', `No partner of org "${caller.orgId}" had joined by ${input.asOf}`, [
      { path: 'as-of', reason: 'score as of a date after the partners joined' },
    ]);
  }
  const policy = ctx.policy.framework;
  const names = Object.fromEntries(
    ctx.framework.framework.roles.flatMap((r) => r.competencies.map((c) => [c.id, c.name])),
  );
  const build = (remediation: Awaited<ReturnType<typeof listRemediation>> | null) =>
    buildReadinessReportJson({
      asOf: input.asOf,
      policy,
      policySha256: ctx.policy.sha256,
      framework: ctx.framework.framework,
      frameworkSha256: ctx.framework.sha256,
      facts,
      results,
      remediation,
    });
  if (input.persist === false) {
    const latest = await latestScoringDate(db, caller.orgId);
    return build(isPast(input.asOf, latest) ? null : await listRemediation(db, caller.orgId));
  }
  const gaps = results.flatMap((r, i) => {
    if (!r.next) return [];
    const rule = policy.tiers.find((t) => t.id === r.next!.tier)!;
    return planRemediation(r.next.needs, rule, policy.remediation, facts[i]!.owner, input.asOf, names).map(
      (g) => ({ ...g, partner: r.externalId }),
    );
  });
  return db.transaction(async (tx) => {
    // One scoring of an org at a time: the grace period reads the previous one.
    await lockOrgCounter(tx, caller.orgId, 'scoring');
    // A scoring of a date before the latest is history: it is stored and can be read, but today's
    // state — remediation items, tier changes in the audit log — follows the latest scoring only.
    const past = isPast(input.asOf, await latestScoringDate(tx, caller.orgId));
    await saveTierHistory(
      tx,
      caller.orgId,
      input.asOf,
      ctx.policy.sha256,
      results.map((r) => ({
        partner: r.externalId,
        earned: r.earned,
        effective: r.effective.tier,
        periodsBelow: r.effective.periodsBelow,
        composite: r.current.composite,
      })),
    );
    if (!past) await reconcileRemediation(tx, caller.orgId, input.asOf, gaps);
    const report = build(past ? null : await listRemediation(tx, caller.orgId));
    await saveScoringReport(tx, caller.orgId, report);
    await recordAudit(tx, caller.orgId, caller, [
      {
        action: 'readiness.score',
        entity: 'scoring',
        entityId: input.asOf,
        after: {
          asOf: input.asOf,
          policy: { version: policy.version, sha256: ctx.policy.sha256 },
          partners: report.summary.partners,
          tierDistribution: report.summary.tierDistribution,
          history: past,
        },
      },
      ...(past ? [] : tierChanges(report)),
    ]);
    return report;
  });
};

/** A date before the org's latest scoring: scoring it writes history, never today's state. */
const isPast = (asOf: string, latest: string | undefined) => latest !== undefined && asOf < latest;
