/** The mapping files an org keeps for its imports, by name. */
import type { importMappings } from '../schema.ts';
import type { SqlClient } from '../sql-client.ts';

export type ImportMappingRow = Pick<
  typeof importMappings.$inferSelect,
  'name' | 'entity' | 'yaml' | 'updatedAt' | 'updatedBy'
>;

const columns = `name, entity, yaml, updated_at as "updatedAt", updated_by as "updatedBy"`;

export const listImportMappings = (db: SqlClient, orgId: string): Promise<ImportMappingRow[]> =>
  db.query<ImportMappingRow>(`select ${columns} from import_mappings where org_id = $1 order by name`, [
    orgId,
  ]);

export const findImportMapping = async (
  db: SqlClient,
  orgId: string,
  name: string,
): Promise<ImportMappingRow | undefined> =>
  (
    await db.query<ImportMappingRow>(
      `select ${columns} from import_mappings where org_id = $1 and name = $2`,
      [orgId, name],
    )
  )[0];

export const upsertImportMapping = async (
  tx: SqlClient,
  orgId: string,
  m: { name: string; entity: string; yaml: string; by: string },
): Promise<ImportMappingRow> =>
  (
    await tx.query<ImportMappingRow>(
      `insert into import_mappings (org_id, name, entity, yaml, updated_by) values ($1, $2, $3, $4, $5)
       on conflict (org_id, name) do update
         set entity = excluded.entity, yaml = excluded.yaml, updated_at = now(), updated_by = excluded.updated_by
       returning ${columns}`,
      [orgId, m.name, m.entity, m.yaml, m.by],
    )
  )[0]!;

export const deleteImportMapping = async (
  tx: SqlClient,
  orgId: string,
  name: string,
): Promise<ImportMappingRow | undefined> =>
  (
    await tx.query<ImportMappingRow>(
      `delete from import_mappings where org_id = $1 and name = $2 returning ${columns}`,
      [orgId, name],
    )
  )[0];
