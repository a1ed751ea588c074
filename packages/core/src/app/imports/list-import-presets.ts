/** Use-case: the built-in mappings (mappings/*.yaml) with the entity each fills and the columns it reads. */
import type { EntityName } from '../../importers/entity-name.ts';
import type { Mapping } from '../../importers/mapping/mapping-schema.ts';
import { loadPreset, presetNames } from '../../importers/mapping/presets.ts';

export interface ImportPreset {
  name: string;
  /** What the export is, in words ("Salesforce opportunities"). */
  title: string;
  entity: EntityName;
  description: string;
  /** How it reads day-month dates, if it says. */
  dateFormat: string | null;
  /** The columns of the export it reads: of a list of alternatives, the first. */
  columns: string[];
}

const sourceColumnsOf = (m: Mapping): string[] => [
  ...new Set(
    Object.values(m.columns).flatMap((rule) => {
      const from = typeof rule === 'string' ? rule : rule.from;
      return from === undefined ? [] : [Array.isArray(from) ? from[0]! : from];
    }),
  ),
];

export const listImportPresetsUseCase = (): ImportPreset[] =>
  presetNames().map((name) => {
    const m = loadPreset(name);
    return {
      name,
      title: m.title ?? name,
      entity: m.entity,
      description: m.description ?? '',
      dateFormat: m.dateFormat ?? null,
      columns: sourceColumnsOf(m),
    };
  });
