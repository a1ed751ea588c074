/** Where each number on the dashboard comes from: the criterion behind a score, the partners behind a count. */
import { qs } from '../../api/client.ts';

export const criterionHref = (assessment: number, criterion: string) =>
  `/assessments/${assessment}?criterion=${encodeURIComponent(criterion)}`;

export const assessmentHref = (assessment: number) => `/assessments/${assessment}`;

/** The partners page filtered as given (it reads `type` and `health` from its URL). */
export const partnersHref = (filters: { type?: string; health?: string } = {}) => `/partners${qs(filters)}`;

export const partnerHref = (externalId: string) => `/partners/${encodeURIComponent(externalId)}`;
