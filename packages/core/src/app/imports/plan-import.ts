/**
 * What an import will do, decided once for both doors (the API's upload and `trellis import`): the
 * entity, at most one mapping (a preset, a saved mapping, a mapping file), the order of dates, the
 * worksheet, dry run or not. Each door names its own options (`query.preset`, `--preset`), so the
 * problems name what the user typed.
 */
import { AppError } from '../../errors.ts';
import type { EntityName } from '../../importers/entity-name.ts';
import type { Mapping } from '../../importers/mapping/mapping-schema.ts';
import { loadPreset, parseMapping } from '../../importers/mapping/presets.ts';
import { type DateOrder, dateOrderOf } from '../../importers/mapping/value-formats.ts';
import type { TextSource } from '../../read-text-file.ts';

/** The ways a mapping can be given; at most one per import (none for a canonical file). */
export interface MappingGiven {
  /** A built-in preset, by name. */
  preset?: string;
  /** A mapping the org saved, by name (read with `savedMapping`). */
  saved?: string;
  /** A mapping file's text, read only when it is the one given (the CLI's path, the form's field). */
  file?: () => TextSource;
}

export type MappingWay = keyof MappingGiven;

/** What a door calls a way, so problems name what the user typed: `query.preset` / "a preset". */
export type MappingNames = Partial<Record<MappingWay, { field: string; words: string }>>;

export interface ImportRequest {
  entity: EntityName;
  mapping: MappingGiven;
  names: MappingNames;
  /** Reads a saved mapping (NOT_FOUND when there is none); the server's door has them. */
  savedMapping?: (name: string) => Promise<Mapping>;
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

/** The order the ways are looked at: the first named in a refusal is the one kept. */
const WAYS: MappingWay[] = ['preset', 'saved', 'file'];

const loadMapping = (req: ImportRequest, way: MappingWay): Promise<Mapping> | Mapping => {
  const given = req.mapping;
  if (way === 'preset') return loadPreset(given.preset!);
  if (way === 'file') return parseMapping(given.file!());
  if (!req.savedMapping) throw new Error('a saved mapping was given to a door that has none');
  return req.savedMapping(given.saved!);
};

export const planImportUseCase = async (req: ImportRequest): Promise<ImportPlan> => {
  const [first, second] = WAYS.filter((way) => req.mapping[way] !== undefined).map((way) => ({
    way,
    ...(req.names[way] ?? { field: way, words: way }),
  }));
  if (first && second)
    throw new AppError('INVALID_INPUT', 'Give one mapping: a preset, a saved mapping or a mapping file', [
      { field: second.field, reason: `not with ${first.words}` },
    ]);
  const mapping = first ? await loadMapping(req, first.way) : undefined;
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
