/**
 * What an import will do, decided once for both doors (the API's upload and `trellis import`): the
 * entity, at most one mapping (a preset, a saved mapping, a mapping file), the order of dates, the
 * worksheet, dry run or not. Each door names its own options (`query.preset`, `--preset`), so the
 * problems name what the user typed.
 */
import { AppError } from '../../errors.ts';
import type { EntityName } from '../../importers/entity-name.ts';
import type { Mapping } from '../../importers/mapping/mapping-schema.ts';
import { type DateOrder, dateOrderOf } from '../../importers/mapping/value-formats.ts';

/** One way the mapping was given: where (`query.preset`, `--mapping`), in words, and how to read it. */
export interface MappingChoice {
  field: string;
  /** "a preset", "a saved mapping", "a mapping file". */
  words: string;
  load: () => Mapping | Promise<Mapping>;
}

export interface ImportRequest {
  entity: EntityName;
  /** The ways a mapping was given (none for a canonical file; more than one is refused). */
  mappings: MappingChoice[];
  /** M/D/YYYY or DD.MM.YYYY, and where it was given. */
  dateFormat?: { field: string; value: string };
  /** The worksheet of a workbook (the first by default). */
  sheet?: string;
  dryRun?: boolean;
}

export interface ImportPlan {
  entity: EntityName;
  mapping?: Mapping;
  dateOrder?: DateOrder;
  sheet?: string;
  dryRun: boolean;
}

export const planImport = async (req: ImportRequest): Promise<ImportPlan> => {
  const [first, second] = req.mappings;
  if (first && second)
    throw new AppError('INVALID_INPUT', 'Give one mapping: a preset, a saved mapping or a mapping file', [
      { field: second.field, reason: `not with ${first.words}` },
    ]);
  const mapping = first ? await first.load() : undefined;
  if (first && mapping && mapping.entity !== req.entity)
    throw new AppError('INVALID_INPUT', `The mapping is for ${mapping.entity}, not ${req.entity}`, [
      { field: first.field, reason: `entity ${mapping.entity}` },
    ]);
  const dateOrder = req.dateFormat ? dateOrderOf(req.dateFormat.value) : undefined;
  if (req.dateFormat && !dateOrder)
    throw new AppError('INVALID_INPUT', 'Unknown date format', [
      { field: req.dateFormat.field, value: req.dateFormat.value, reason: 'like M/D/YYYY or DD.MM.YYYY' },
    ]);
  return { entity: req.entity, mapping, dateOrder, sheet: req.sheet, dryRun: req.dryRun ?? false };
};
