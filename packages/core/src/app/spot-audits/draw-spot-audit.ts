/**
 * Use-case: draw a spot audit of the quarter's passing evaluations (the calendar quarter of the
 * as-of date, up to that date), stratified by the partner's readiness tier × assessor, and store
 * it with its share and seed so the draw can be made again (docs/governance.md, "Spot audits").
 */
import type { SpotAuditDrawn } from '@trellis/contracts';
import type { z } from 'zod';
import { recordAudit } from '../../db/queries/audit-log.ts';
import {
  insertSpotAudit,
  quarterEvaluations,
  spotAuditItemsOf,
  spotAuditSummaryOf,
} from '../../db/queries/spot-audits.ts';
import type { Database } from '../../db/sql-client.ts';
import { drawSpotAudit } from '../../domain/audits/draw-spot-audit.ts';
import { passes } from '../../domain/audits/pass-level.ts';
import { quarterStart } from '../../domain/audits/quarter.ts';
import { AppError } from '../../errors.ts';
import type { Caller } from '../accounts/caller.ts';
import { valueOrThrow } from './app-error-of.ts';
import { drawSpotAuditInput, parseInput } from './spot-audit-input.ts';
import { spotAuditOfRows } from './spot-audit-view.ts';

export const drawSpotAuditUseCase = async (
  db: Database,
  caller: Caller,
  input: z.input<typeof drawSpotAuditInput>,
): Promise<SpotAuditDrawn> => {
  const { asOf, share, seed } = parseInput(drawSpotAuditInput, input, 'spot audit');
  const from = quarterStart(asOf);
  return db.transaction(async (tx) => {
    const rows = await quarterEvaluations(tx, caller.orgId, from, asOf);
    const sample = valueOrThrow(
      drawSpotAudit({
        evaluations: rows.map((r) => ({
          id: r.externalId,
          tier: r.tier,
          assessor: r.assessor,
          competency: r.competency,
          level: r.level,
          passed: passes(r.level),
        })),
        share,
        seed,
      }),
    );
    if (sample.items.length === 0)
      throw new AppError('INVALID_INPUT', `No passing evaluation is dated from ${from} to ${asOf}`, [
        { field: 'asOf', value: asOf, reason: 'choose a date whose quarter has passing evaluations' },
      ]);
    const byId = new Map(rows.map((r) => [r.externalId, r]));
    const audit = await insertSpotAudit(
      tx,
      caller.orgId,
      { asOf, quarterStart: from, share, seed, createdBy: caller.label },
      sample.items.map(({ id, stratum }) => {
        const r = byId.get(id)!;
        return { evaluationId: r.id, ...stratum, competency: r.competency, levelDrawn: r.level };
      }),
    );
    await recordAudit(tx, caller.orgId, caller, {
      action: 'spot-audit.draw',
      entity: 'spot-audit',
      entityId: String(audit.number),
      after: { ...audit, strata: sample.strata, evaluations: sample.items.map((i) => i.id) },
    });
    const stored = (await spotAuditSummaryOf(tx, caller.orgId, audit.number))!;
    const items = await spotAuditItemsOf(tx, caller.orgId, audit.number);
    return { ...spotAuditOfRows(stored, items), strata: sample.strata };
  });
};
