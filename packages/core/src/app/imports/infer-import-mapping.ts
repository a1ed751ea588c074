/**
 * Use-case: what an export looks like — its encoding, delimiter, header and first rows — and the
 * mapping proposed for it (infer-mapping.ts), for `trellis import --infer` and the API alike.
 */
import { AppError } from '../../errors.ts';
import { type Audience, fixWords } from '../../importers/audience.ts';
import type { CsvSource } from '../../importers/csv-source.ts';
import type { EntityName } from '../../importers/entity-name.ts';
import type { DateFormatDecision } from '../../importers/mapping/date-format-vote.ts';
import { type InferredMapping, inferMapping } from '../../importers/mapping/infer-mapping.ts';
import { type PresetProposal, proposePreset } from '../../importers/mapping/propose-preset.ts';
import { sampleRecords } from '../../importers/mapping/sample-records.ts';
import { dateOrderOf } from '../../importers/mapping/value-formats.ts';

/** Rows the proposal reads (formats, picklist values), and rows shown back. */
const INFER_ROWS = 200;
const SHOWN_ROWS = 10;

export interface ImportMappingProposal extends Omit<InferredMapping, 'dates'> {
  entity: EntityName;
  /** A text encoding, or "xlsx" for a workbook. */
  encoding: string;
  /** The field delimiter; empty for a workbook. */
  delimiter: string;
  header: string[];
  /** The first rows after the header (at most 10). */
  sample: string[][];
  /** The shipped preset the header fits (then the entity is the preset's), or null. */
  preset: ProposedPreset | null;
  /** How the file writes day-month dates, from every date it shows; null when it has none. */
  dates: { format: string; order: 'MDY' | 'DMY'; basis: 'majority' | 'assumed' } | null;
}

/** A preset proposed for a file, with the date format to import it with (null: the preset's own). */
export type ProposedPreset = Omit<PresetProposal, 'presetDateFormat'> & { dateFormat: string | null };

/**
 * The preset, and the date format to import it with when most of the file's dates are in the
 * other order than the preset reads (a Salesforce org in a day-first locale).
 */
const withDateFormat = (
  { presetDateFormat, ...preset }: PresetProposal,
  dates: DateFormatDecision | undefined,
  audience: Audience,
): ProposedPreset => {
  // A preset reading ISO dates reads slashed ones month first (value-formats.ts).
  const order = presetDateFormat ? dateOrderOf(presetDateFormat) : undefined;
  const reads = order === 'YMD' ? 'MDY' : order;
  if (dates?.basis !== 'majority' || !reads || reads === dates.order) {
    return { ...preset, dateFormat: null };
  }
  const first = dates.order === 'DMY' ? 'day' : 'month';
  return {
    ...preset,
    message: `${preset.message}, and ${fixWords(audience).dateFormat(dates.format)} (most of its dates are ${first} first)`,
    dateFormat: dates.format,
  };
};

export const inferImportMappingUseCase = async (
  source: CsvSource,
  opts: { entity?: EntityName; sheet?: string; audience?: Audience } = {},
): Promise<ImportMappingProposal> => {
  const audience = opts.audience ?? 'api';
  const { header, sample, encoding, delimiter } = await sampleRecords(source, INFER_ROWS, opts.sheet);
  if (header.length === 0)
    throw new AppError('INVALID_INPUT', `${source.name}: no header row found`, [
      { file: source.name, reason: 'the header is the first line with two or more values' },
    ]);
  const fits = proposePreset(header, { entity: opts.entity, audience });
  const proposal = inferMapping(header, sample, opts.entity ?? fits?.entity, audience);
  const { dates: vote, ...mapped } = proposal;
  const preset = fits ? withDateFormat(fits, vote, audience) : null;
  return {
    entity: proposal.mapping.entity,
    encoding,
    delimiter,
    header: header.map((h) => h.trim()),
    sample: sample.slice(0, SHOWN_ROWS),
    ...mapped,
    // The preset first: a mapping to hand-edit is the second choice for an export a preset reads.
    ...(preset && {
      notes: [preset.message, ...proposal.notes],
      yaml: `# ${preset.message}\n${proposal.yaml}`,
    }),
    preset,
    dates: vote ? { format: vote.format, order: vote.order, basis: vote.basis } : null,
  };
};
