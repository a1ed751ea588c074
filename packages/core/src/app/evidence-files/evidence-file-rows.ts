/**
 * The evidence-file record as the caller may reach it: a partner user only their own partner's
 * (db/queries/evidence-files.ts holds the statements).
 */
import { type EvidenceFile, findEvidenceFile as findFile } from '../../db/queries/evidence-files.ts';
import type { SqlClient } from '../../db/sql-client.ts';
import type { Caller } from '../accounts/caller.ts';

export type { EvidenceFile };

export const isSha256 = (s: string) => /^[0-9a-f]{64}$/.test(s);

/** The partner's file, by the partner's id or external id; undefined outside the caller's reach. */
export const findEvidenceFile = (
  db: SqlClient,
  caller: Caller,
  partner: { id: number } | { externalId: string },
  sha: string,
): Promise<EvidenceFile | undefined> => findFile(db, caller.orgId, caller.partner?.id ?? null, partner, sha);
