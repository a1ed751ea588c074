/**
 * One partner's QBR pack: its latest readiness scoring, its row of the latest program assessment
 * and its remediation plan, as Markdown, HTML or PDF. A partner user gets only their own partner
 * (`onlyPartnerId`): any other is "not found", as everywhere. The partner edition is the same input
 * in the partner view (@trellis/contracts, partner-view/): no health unless the org shares it, no
 * satisfaction, no champion — whoever asks for it (a partner user, or staff to send it on).
 */
import { type DocumentEdition, formatDate, toPartnerView } from '@trellis/contracts';
import { pagePerformance, resolveAssessmentNumber } from '../../db/queries/assessments.ts';
import { findOrgSettings } from '../../db/queries/org-settings.ts';
import { findOrgName } from '../../db/queries/program-documents.ts';
import { partnerReadinessRow } from '../../db/queries/readiness-reads.ts';
import { listRemediation } from '../../db/queries/save-readiness.ts';
import type { SqlClient } from '../../db/sql-client.ts';
import { type PartnerDocumentInput, partnerDocument } from '../../documents/partner/partner-document.ts';
import { renderDocument } from '../../documents/render.ts';
import { AppError } from '../../errors.ts';
import { type Paper, printPdf } from '../../files/print-pdf.ts';
import { orgSettingsOf } from '../org-settings/org-settings-of.ts';

export const loadPartnerDocumentInput = async (
  db: SqlClient,
  orgId: string,
  externalId: string,
  opts: { today: string; onlyPartnerId?: number; edition: DocumentEdition },
): Promise<PartnerDocumentInput> => {
  const row = await partnerReadinessRow(db, orgId, externalId, undefined, opts.onlyPartnerId);
  if (!row) throw new AppError('NOT_FOUND', `No partner with external_id "${externalId}"`);
  if (!row.asOf || !row.detail)
    throw new AppError(
      'NOT_FOUND',
      `Partner ${externalId} has no readiness scoring yet; run \`trellis score partners\` first`,
    );
  // Performance from the latest assessment: the one of the greatest as-of date.
  const n = await resolveAssessmentNumber(db, orgId, 'latest');
  const performance =
    n === undefined
      ? null
      : ((await pagePerformance(db, orgId, n, { partner: externalId, limit: 1, offset: 0 })).items[0] ??
        null);
  const input: PartnerDocumentInput = {
    org: (await findOrgName(db, orgId)) ?? orgId,
    edition: opts.edition,
    readiness: { ...row.detail, asOf: row.asOf },
    performance,
    remediation: await listRemediation(db, orgId, externalId),
    today: opts.today,
  };
  if (opts.edition === 'internal') return input;
  const { shareHealthWithPartners } = orgSettingsOf(await findOrgSettings(db, orgId));
  return toPartnerView(input, { shareHealth: shareHealthWithPartners });
};

export const renderPartnerDocument = (input: PartnerDocumentInput, format: 'md' | 'html'): string =>
  renderDocument(partnerDocument(input), format);

export const printPartnerDocument = (input: PartnerDocumentInput, paper: Paper): Promise<Buffer> =>
  printPdf(renderPartnerDocument(input, 'html'), {
    paper,
    header: {
      left: input.org,
      right: `Partner review — ${input.readiness.name}${input.edition === 'internal' ? ' (internal)' : ''}`,
    },
    footer: `Readiness as of ${formatDate(input.readiness.asOf)}`,
  });
