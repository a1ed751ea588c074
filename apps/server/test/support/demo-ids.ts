/**
 * The external id of a demo-org record that belongs to a partner (the first by id): what the
 * permission sweep and the probe put into a route's `:id` so that an allowed caller reaches a real
 * record and a partner user another partner's.
 */
import type { Database } from '@trellis/core';
import { tableOf } from '../../../../packages/core/test/importers/import-fixtures.ts';

export const demoRecordOf = async (db: Database, entity: string, partner: string): Promise<string> => {
  if (entity === 'partners') return partner;
  const sql =
    entity === 'evidence'
      ? `select x.external_id from evaluation_evidence x join evaluations e on e.org_id = x.org_id and e.id = x.evaluation_id
         join partners p on p.org_id = e.org_id and p.id = e.partner_id where x.org_id = 'demo' and p.external_id = $1 order by 1 limit 1`
      : `select x.external_id from ${tableOf[entity as keyof typeof tableOf]} x join partners p on p.org_id = x.org_id and p.id = x.partner_id
         where x.org_id = 'demo' and p.external_id = $1 order by 1 limit 1`;
  const [row] = await db.query<{ external_id: string }>(sql, [partner]);
  if (!row) throw new Error(`no ${entity} of ${partner} in the demo org`);
  return row.external_id;
};
