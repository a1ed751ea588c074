/**
 * The shipped preset an export's header matches, so that a Salesforce report is never mapped by
 * hand or refused column by column: a preset fits when every source column it needs (one of each
 * list of alternatives) is in the header; of several, the one reading the most columns wins.
 * `trellis import --infer`, the infer route and a refused header all propose it.
 */
import { AppError } from '../../errors.ts';
import { type Audience, fixWords } from '../audience.ts';
import type { CsvSource } from '../csv-source.ts';
import type { EntityName } from '../entity-name.ts';
import type { Mapping } from './mapping-schema.ts';
import { loadPreset, presetNames } from './presets.ts';
import { sampleRecords } from './sample-records.ts';

export interface PresetProposal {
  name: string;
  /** What the export is, in words: "Salesforce opportunities". */
  title: string;
  entity: EntityName;
  /** "This looks like a Salesforce opportunities export: use --preset salesforce-opportunities". */
  message: string;
  /** The date format the preset reads day-month dates in, if it says. */
  presetDateFormat?: string;
}

const norm = (s: string) => s.trim().toLowerCase();

/** How many of its source columns `preset` finds in `header`; undefined when one it needs is missing. */
export const presetFit = (preset: Mapping, header: readonly string[]): number | undefined => {
  const names = new Set(header.map(norm));
  let fit = 0;
  for (const spec of Object.values(preset.columns)) {
    const rule = typeof spec === 'string' ? { from: spec } : spec;
    if (rule.from === undefined) continue;
    const alternatives = Array.isArray(rule.from) ? rule.from : [rule.from];
    if (alternatives.some((n) => names.has(norm(n)))) fit++;
    else if (!rule.optional) return undefined;
  }
  return fit;
};

/** The presets as shipped; they are files of the installation and do not change while it runs. */
let shipped: Mapping[] | undefined;
const presets = (): Mapping[] => {
  shipped ??= presetNames().map((name) => ({ ...loadPreset(name), name }));
  return shipped;
};

/**
 * The preset `header` fits (for `entity`, when given), worded for `audience`; undefined when none
 * does. `except` leaves out the mapping already used.
 */
export const proposePreset = (
  header: readonly string[],
  opts: { entity?: EntityName; audience: Audience; except?: string },
): PresetProposal | undefined => {
  const best = presets()
    .filter((p) => p.name !== opts.except && (!opts.entity || p.entity === opts.entity))
    .map((p) => ({ p, fit: presetFit(p, header) }))
    .filter((x): x is { p: Mapping; fit: number } => x.fit !== undefined && x.fit >= 2)
    .sort((a, b) => b.fit - a.fit)[0]?.p;
  if (!best) return undefined;
  const name = best.name!;
  const title = best.title ?? name;
  return {
    name,
    title,
    entity: best.entity,
    message: `This looks like a ${title} export: ${fixWords(opts.audience).preset(name, title)}`,
    ...(best.dateFormat && { presetDateFormat: best.dateFormat }),
  };
};

/**
 * A refused header, with the preset the file's header fits when there is one (its message then
 * says so, and `preset` names it for clients). The header is read again from the source, past any
 * report title lines; a source that cannot be read again keeps the refusal as it was.
 */
export const withPresetProposal = async (
  err: AppError,
  source: CsvSource,
  entity: EntityName,
  audience: Audience,
  used?: string,
): Promise<AppError> => {
  const header = await sampleRecords(source, 1).then(
    (r) => r.header,
    () => [],
  );
  const preset = proposePreset(header, { entity, audience, except: used });
  if (!preset) return err;
  return new AppError(err.code, `${err.message}. ${preset.message}`, err.issues, {
    ...err.extra,
    preset: { name: preset.name, title: preset.title, entity: preset.entity },
  });
};
