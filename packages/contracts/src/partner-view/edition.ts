/**
 * The two editions of a partner's review: the vendor's internal one (health, satisfaction, the
 * relationship) and the partner's own (what a partner user may see). Staff choose; a partner user
 * always gets the partner edition.
 */
import { z } from 'zod';

export const documentEditions = ['internal', 'partner'] as const;
export type DocumentEdition = (typeof documentEditions)[number];

export const documentEdition = z
  .enum(documentEditions)
  .describe('internal: the vendor’s view (health, satisfaction); partner: what the partner’s own users see');
