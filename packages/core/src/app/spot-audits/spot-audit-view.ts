/** Stored spot-audit rows as the API's shapes (@trellis/contracts, api/spot-audits.ts). */
import type { SpotAudit, SpotAuditItem, SpotAuditSummary } from '@trellis/contracts';
import type { SpotAuditItemRow, SpotAuditSummaryRow } from '../../db/queries/spot-audits.ts';
import { quarterLabel } from '../../domain/audits/quarter.ts';
import { stratumLabel } from '../../domain/audits/stratum.ts';
import { AppError } from '../../errors.ts';

export const spotAuditItemOf = ({ levelDrawn, ...r }: SpotAuditItemRow): SpotAuditItem => ({
  evaluation: r.evaluation,
  partner: r.partner,
  person: r.person,
  competency: r.competency,
  level: levelDrawn,
  assessor: r.assessor,
  tier: r.tier,
  stratum: stratumLabel(r),
  outcome: r.outcome,
  newLevel: r.newLevel,
  reason: r.reason,
  auditor: r.auditor,
  decidedAt: r.decidedAt,
});

export const spotAuditSummaryOf = (r: SpotAuditSummaryRow): SpotAuditSummary => ({
  number: r.number,
  asOf: r.asOf,
  quarter: quarterLabel(r.asOf),
  quarterStart: r.quarterStart,
  share: r.share,
  seed: r.seed,
  createdBy: r.createdBy,
  createdAt: r.createdAt,
  drawn: r.drawn,
  decided: r.decided,
  overturned: r.overturned,
});

export const spotAuditOfRows = (r: SpotAuditSummaryRow, items: SpotAuditItemRow[]): SpotAudit => ({
  ...spotAuditSummaryOf(r),
  items: items.map(spotAuditItemOf),
});

export const spotAuditNotFound = (ref: number | 'latest') =>
  new AppError('NOT_FOUND', ref === 'latest' ? 'No spot audit yet; draw one first' : `No spot audit #${ref}`);
