/**
 * Use-case: keep a mapping file under a name (created, or replaced), after validating it like
 * `--mapping` does: a problem names its line. Audited with the file before and after.
 */
import { importMappingName } from '@trellis/contracts';
import { recordAudit } from '../../db/queries/audit-log.ts';
import { findImportMapping, upsertImportMapping } from '../../db/queries/import-mappings.ts';
import type { Database } from '../../db/sql-client.ts';
import { AppError } from '../../errors.ts';
import { parseMapping } from '../../importers/mapping/presets.ts';
import type { Caller } from '../accounts/caller.ts';
import type { ImportMappingView } from './list-import-mappings.ts';

export const saveImportMappingUseCase = async (
  db: Database,
  caller: Caller,
  { name, yaml }: { name: string; yaml: string },
): Promise<{ mapping: ImportMappingView; created: boolean }> => {
  const named = importMappingName.safeParse(name);
  if (!named.success)
    throw new AppError('INVALID_INPUT', `Invalid mapping name "${name}"`, [
      { field: 'name', reason: named.error.issues[0]!.message },
    ]);
  let entity: string;
  try {
    ({ entity } = parseMapping({ name: `"${name}"`, text: yaml }));
  } catch (err) {
    // The problems name the line of the YAML; the field is the request's.
    if (err instanceof AppError)
      throw new AppError(
        err.code,
        err.message,
        err.issues.map(({ file: _, ...i }) => ({ field: 'yaml', ...i })),
      );
    throw err;
  }
  return db.transaction(async (tx) => {
    const before = await findImportMapping(tx, caller.orgId, name);
    const mapping = await upsertImportMapping(tx, caller.orgId, { name, entity, yaml, by: caller.label });
    await recordAudit(tx, caller.orgId, caller, {
      action: before ? 'mapping.update' : 'mapping.create',
      entity: 'import-mapping',
      entityId: name,
      before: before ? { entity: before.entity, yaml: before.yaml } : null,
      after: { entity, yaml },
    });
    return { mapping, created: !before };
  });
};
