/**
 * Use-case: what an export looks like — its encoding, delimiter, header and first rows — and the
 * mapping proposed for it (infer-mapping.ts), for `trellis import --infer` and the API alike.
 */
import { AppError } from '../../errors.ts';
import type { CsvSource } from '../../importers/csv-source.ts';
import type { EntityName } from '../../importers/entity-name.ts';
import { type InferredMapping, inferMapping } from '../../importers/mapping/infer-mapping.ts';
import { sampleRecords } from '../../importers/mapping/sample-records.ts';

/** Rows the proposal reads (formats, picklist values), and rows shown back. */
const INFER_ROWS = 200;
const SHOWN_ROWS = 10;

export interface ImportMappingProposal extends InferredMapping {
  entity: EntityName;
  /** A text encoding, or "xlsx" for a workbook. */
  encoding: string;
  /** The field delimiter; empty for a workbook. */
  delimiter: string;
  header: string[];
  /** The first rows after the header (at most 10). */
  sample: string[][];
}

export const inferImportMappingUseCase = async (
  source: CsvSource,
  opts: { entity?: EntityName; sheet?: string } = {},
): Promise<ImportMappingProposal> => {
  const { header, sample, encoding, delimiter } = await sampleRecords(source, INFER_ROWS, opts.sheet);
  if (header.length === 0)
    throw new AppError('INVALID_INPUT', `${source.name}: no header row found`, [
      { file: source.name, reason: 'the header is the first line with two or more values' },
    ]);
  const proposal = inferMapping(header, sample, opts.entity);
  return {
    entity: proposal.mapping.entity,
    encoding,
    delimiter,
    header: header.map((h) => h.trim()),
    sample: sample.slice(0, SHOWN_ROWS),
    ...proposal,
  };
};
