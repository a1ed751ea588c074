/**
 * The shapes the partner pages read. Report shapes come from @trellis/contracts (the API validates
 * its answers with the same schemas); the records (partner, person, evaluation) have no schema in
 * contracts yet, so their CSV columns (docs/import-format.md) are declared here.
 */
import type {
  evidenceFileSchema,
  PartnerView,
  ProgramReport,
  ReadinessReport,
  remediationItemSchema,
} from '@trellis/contracts';
import type { z } from 'zod';

/** One row of GET …/assessments/:n/performance (a partner's health and performance). */
export type PerformanceRow = ProgramReport['performance']['partners'][number] & {
  /** Added by the region filter work on the server; absent until then (the record has it). */
  region?: string | null;
};

/**
 * The same row on a partner's page, which a partner user also reads: theirs has no satisfaction,
 * and health and its reasons only when their org shares them (the partner view, docs/api.md).
 */
export type PartnerPerformanceRow = PartnerView<PerformanceRow>;

/** GET …/partners/:id/readiness: one partner's row of the latest readiness scoring. */
export type PartnerReadiness = ReadinessReport['partners'][number] & { asOf: string };

export type NextTier = NonNullable<PartnerReadiness['nextTier']>;
export type Gate = PartnerReadiness['gates'][number];

/** GET …/remediation: an item with its partner, kind and dates. */
export type RemediationItem = z.infer<typeof remediationItemSchema>;
export type RemediationStatus = RemediationItem['status'];

export type EvidenceFile = z.infer<typeof evidenceFileSchema>;

/** A partners record (the partners CSV columns). */
export interface PartnerRecord {
  external_id: string;
  name: string;
  type: string;
  /** The program tier recorded in the CRM (the partners file's `tier` column). */
  tier: string | null;
  region: string | null;
  segment: string | null;
  joined_on: string;
  lifecycle: 'onboarding' | 'active' | 'retired';
  executive_sponsor: string | null;
  owner: string | null;
}

/** A people record: someone who works at a partner (the champion tag is for staff: absent for partner users). */
export interface PersonRecord {
  external_id: string;
  partner_external_id: string;
  name: string;
  email: string | null;
  role: string;
  is_champion?: boolean;
  started_on: string | null;
  left_on: string | null;
}

/** An evaluations record: a person's demonstrated level in one competency. */
export interface EvaluationRecord {
  external_id: string;
  partner_external_id: string;
  person_external_id: string;
  competency: string;
  level: number;
  assessor: string;
  rubric_version: string;
  evaluated_on: string;
  expires_on: string | null;
  proctored: boolean;
}
