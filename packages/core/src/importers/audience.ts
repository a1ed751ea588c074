/**
 * Who reads an import's messages. The problem is the same for everyone; the fix is worded for
 * where it is made: the CLI names its options (`--preset`, `--date-format`, a mapping file), the
 * API — and the web app built on it — names what a person chooses there (a preset, the date
 * format, the mapping editor), never a flag.
 */
export type Audience = 'cli' | 'api';

/** The fixes an import can point to, in each audience's words. */
export interface FixWords {
  /** A shipped preset reads this export. */
  preset(name: string, title: string): string;
  /** Dates in another order than the one read. */
  dateFormat(format: string): string;
  /** A canonical file's cells in a form only a mapping reads (money with signs, yes/no words). */
  canonicalFormat(column: string, format: 'money' | 'date' | 'boolean'): string;
  /** A mapped column that needs a format. */
  mappingFormat(column: string, format: 'money' | 'date' | 'boolean'): string;
  /** Picklist values to map onto a fixed list. */
  valueMap(column: string): string;
}

const cli: FixWords = {
  preset: (name) => `use --preset ${name}`,
  dateFormat: (format) => `use --date-format ${format}`,
  canonicalFormat: (_, format) =>
    format === 'date'
      ? 'use --date-format M/D/YYYY (or DD.MM.YYYY), --preset, or a mapping with a date format'
      : `use --preset or a mapping with a ${format} format`,
  mappingFormat: (column, format) =>
    format === 'date'
      ? `give ${column} \`format: date\` in the mapping (and dateFormat: M/D/YYYY or DD.MM.YYYY)`
      : `give ${column} \`format: ${format}\` in the mapping`,
  valueMap: () =>
    "map the export's values onto these with `map:` in a mapping (docs/import-format.md#mapping-files)",
};

const FORMAT_WORDS = { money: 'money', date: 'date', boolean: 'yes/no' } as const;

const api: FixWords = {
  preset: (_, title) => `choose the ${title} preset`,
  dateFormat: (format) => `set the date format to ${format}`,
  canonicalFormat: (column, format) =>
    format === 'date'
      ? 'set the date format to the one the file uses (M/D/YYYY or DD.MM.YYYY), or choose a preset for this export'
      : `choose a preset for this export, or read ${column} as ${FORMAT_WORDS[format]} in the mapping editor (format: ${format})`,
  mappingFormat: (column, format) =>
    `read ${column} as ${FORMAT_WORDS[format]} in the mapping editor (format: ${format})`,
  valueMap: (column) => `map the export's values of ${column} onto these in the mapping editor (map:)`,
};

export const fixWords = (audience: Audience): FixWords => (audience === 'cli' ? cli : api);
