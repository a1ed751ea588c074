/**
 * Use-case: an auditor's decision on one drawn evaluation — upheld, or overturned with the level it
 * should have had and why. An overturn writes the new level to the evaluation and re-scores the
 * org's readiness at once, so the partner's composite and tier follow (docs/governance.md, "Spot audits").
 */
import type { AuditOutcomeResult } from '@trellis/contracts';
import type { z } from 'zod';
import { findUserById } from '../../db/queries/accounts/users.ts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import { loadLatestTiers, type PartnerTier } from '../../db/queries/latest-tiers.ts';
import { latestScoringDate } from '../../db/queries/readiness-reads.ts';
import {
  decideSpotAuditItem,
  lockEvaluationUnderAudit,
  setEvaluationLevel,
  spotAuditOf,
} from '../../db/queries/spot-audits.ts';
import type { Database, SqlClient } from '../../db/sql-client.ts';
import { decideOutcome } from '../../domain/audits/audit-outcome.ts';
import { isOwnEvaluation } from '../../domain/audits/own-evaluation.ts';
import { passes } from '../../domain/audits/pass-level.ts';
import { AppError } from '../../errors.ts';
import { loadCompetencyFramework } from '../../frameworks/load-framework.ts';
import type { Caller } from '../accounts/caller.ts';
import { scorePartnersUseCase } from '../readiness/score-partners.ts';
import { valueOrThrow } from './app-error-of.ts';
import { parseInput, recordAuditOutcomeInput } from './spot-audit-input.ts';
import { spotAuditItemOf } from './spot-audit-view.ts';

type Standing = NonNullable<AuditOutcomeResult['rescored']>['before'];

const standing = (t: PartnerTier | undefined): Standing =>
  t ? { tier: t.tier, earned: t.earned, composite: t.composite } : null;

export const recordAuditOutcomeUseCase = async (
  db: Database,
  caller: Caller,
  input: z.input<typeof recordAuditOutcomeInput>,
): Promise<AuditOutcomeResult> => {
  const d = parseInput(recordAuditOutcomeInput, input, 'audit outcome');
  const decided = await db.transaction(async (tx) => {
    const audit = await spotAuditOf(tx, caller.orgId, d.audit);
    if (!audit) throw new AppError('NOT_FOUND', `No spot audit #${d.audit}`);
    const ev = await lockEvaluationUnderAudit(tx, caller.orgId, d.audit, d.evaluation);
    if (!ev) throw new AppError('NOT_FOUND', `No evaluation ${d.evaluation}`);
    // A failed evaluation is never drawn: say that it failed rather than that it is not in the audit.
    if (!ev.drawn && passes(ev.level))
      throw new AppError('NOT_FOUND', `The evaluation ${d.evaluation} is not in spot audit #${d.audit}`);
    if (isOwnEvaluation(ev.assessor, await namesOf(tx, caller)))
      throw new AppError(
        'FORBIDDEN',
        `You scored the evaluation ${d.evaluation} yourself (assessor ${ev.assessor}): another auditor must decide it`,
      );
    const levels = loadCompetencyFramework(ev.rubricVersion).framework.levels.map((l) => l.level);
    const decision = valueOrThrow(
      decideOutcome(
        { evaluation: ev.externalId, level: ev.level, passed: passes(ev.level), outcome: ev.outcome },
        d,
        levels,
      ),
    );
    const overturned = decision.outcome === 'overturned';
    const item = await decideSpotAuditItem(tx, caller.orgId, d.audit, ev.id, {
      outcome: decision.outcome,
      newLevel: overturned ? decision.level : null,
      reason: decision.reason,
      auditor: caller.label,
    });
    if (!item) throw new AppError('CONFLICT', `The evaluation ${d.evaluation} was decided meanwhile`);
    if (overturned) await setEvaluationLevel(tx, caller.orgId, ev.id, decision.level);
    await recordAudit(tx, caller.orgId, caller, [
      {
        action: 'spot-audit.decide',
        entity: 'spot-audit',
        entityId: String(d.audit),
        after: {
          evaluation: ev.externalId,
          outcome: item.outcome,
          level: decision.level,
          reason: item.reason,
        },
      },
      ...(overturned
        ? [
            {
              action: 'evaluation.overturn',
              entity: 'evaluation',
              entityId: ev.externalId,
              before: { level: ev.level },
              after: { level: decision.level, spotAudit: d.audit, reason: decision.reason },
            },
          ]
        : []),
    ]);
    return { item, audit, partner: ev.partner };
  });
  const item = spotAuditItemOf(decided.item);
  if (decided.item.outcome !== 'overturned') return { item, rescored: null };
  return { item, rescored: await rescore(db, caller, decided.audit.asOf, decided.partner) };
};

/** The names the caller goes by: the audit log's label, and a signed-in user's name and email. */
const namesOf = async (db: SqlClient, caller: Caller): Promise<string[]> => {
  const user = caller.userId ? await findUserById(db, caller.userId) : undefined;
  return [caller.label, ...(user ? [user.name, user.email] : [])];
};

/**
 * Re-scores the org as of the later of its latest scoring and the audit's date: today's tiers then
 * follow the overturned level (a scoring is of the whole org; one partner alone cannot be
 * re-scored without leaving the stored report behind). It runs after the decision's transaction,
 * in the scoring's own (which holds the scoring lock); were it to fail, the next scoring reads the
 * new level all the same.
 */
const rescore = async (db: Database, caller: Caller, auditAsOf: string, partner: string) => {
  const latest = await latestScoringDate(db, caller.orgId);
  const asOf = latest !== undefined && latest > auditAsOf ? latest : auditAsOf;
  const before = standing((await loadLatestTiers(db, caller.orgId, asOf)).get(partner));
  await scorePartnersUseCase(db, caller, { asOf });
  const after = standing((await loadLatestTiers(db, caller.orgId, asOf)).get(partner));
  return { asOf, partner, before, after };
};
