/**
 * Use-case: start an import of an uploaded file as a job (POST /orgs/:org/imports/:entity). The
 * upload has been received into the store's import area (not yet kept); this refuses a workbook
 * that unpacks past the limits (413, before anything is queued), plans the import by the same rules
 * as `trellis import`, keeps the file and queues the job that reads it. A refusal leaves nothing
 * behind.
 */
import type { Database } from '../../db/sql-client.ts';
import type { BlobStore, ReceivedBlob } from '../../files/blob-store.ts';
import { fileSource } from '../../files/file-source.ts';
import type { EntityName } from '../../importers/entity-name.ts';
import { checkWorkbook } from '../../importers/read-xlsx-records.ts';
import type { Caller } from '../accounts/caller.ts';
import type { Job } from '../jobs/job.ts';
import { enqueueJobWithUpload } from '../jobs/job-upload.ts';
import { loadImportMappingUseCase } from './load-import-mapping.ts';
import { type MappingNames, planImportUseCase } from './plan-import.ts';

export interface StartImportInput {
  entity: EntityName;
  /** The file as received into the store's import area. */
  upload: ReceivedBlob;
  /** The name it was sent with. */
  filename: string;
  /** At most one: a built-in preset, a mapping the org saved, or a mapping file's text. */
  mapping: { preset?: string; saved?: string; fileText?: string };
  /** M/D/YYYY or DD.MM.YYYY. */
  dateFormat?: string;
  sheet?: string;
  dryRun: boolean;
}

/** The REST door's names for the ways, as its problems point at them. */
const API_NAMES: MappingNames = {
  preset: { field: 'query.preset', words: 'a preset' },
  saved: { field: 'query.mapping', words: 'a saved mapping' },
  file: { field: 'mapping', words: 'a mapping file' },
};

export const startImportUseCase = async (
  db: Database,
  caller: Caller,
  input: StartImportInput,
  store: BlobStore,
): Promise<Job> => {
  const { upload, mapping, filename } = input;
  try {
    const source = await fileSource(filename, upload.path, upload.size);
    if (source.format === 'xlsx') await checkWorkbook(source);
    const plan = await planImportUseCase({
      entity: input.entity,
      mapping: {
        preset: mapping.preset,
        saved: mapping.saved,
        file:
          mapping.fileText === undefined
            ? undefined
            : () => ({ name: 'sent with the file', text: mapping.fileText! }),
      },
      names: API_NAMES,
      savedMapping: (name) => loadImportMappingUseCase(db, caller, { name }),
      dateFormat: input.dateFormat ? { field: 'query.dateFormat', value: input.dateFormat } : undefined,
      sheet: input.sheet,
      dryRun: input.dryRun,
    });
    return await enqueueJobWithUpload(
      db,
      store,
      caller,
      'import',
      {
        entity: plan.entity,
        dryRun: plan.dryRun,
        filename,
        size: upload.size,
        mapping: plan.mapping,
        dateOrder: plan.dateOrder,
        sheet: plan.sheet,
      },
      upload,
    );
  } catch (err) {
    upload.discard();
    throw err;
  }
};
