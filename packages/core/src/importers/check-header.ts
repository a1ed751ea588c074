import { AppError, type Issue } from '../errors.ts';
import type { EntityDefinition } from './entity-definition.ts';
import { suggestColumn } from './mapping/column-synonyms.ts';

/**
 * Checks the header row against the entity's columns and returns, per defined column, the index
 * of its cell in each record (-1 for an absent optional column). Names are trimmed and
 * case-sensitive; a missing required, unknown or repeated column rejects the file.
 */
export const checkHeader = (def: EntityDefinition, file: string, header: string[], line = 1): number[] => {
  const names = header.map((h) => h.trim());
  const known = new Set(def.columns.map((c) => c.name));
  const issues: Issue[] = [];
  // A suggestion only among the columns the header lacks: those an unknown name could stand for.
  const absent = def.columns.map((c) => c.name).filter((c) => !names.includes(c));
  names.forEach((name, i) => {
    if (!known.has(name)) {
      const meant = suggestColumn(absent, name);
      const guess = meant ? ` (did you mean "${meant}"?)` : '';
      issues.push({ file, line, column: name, reason: `unknown column "${name}" for ${def.entity}${guess}` });
    } else if (names.indexOf(name) !== i) {
      issues.push({ file, line, column: name, reason: `column "${name}" appears more than once` });
    }
  });
  for (const c of def.columns) {
    if (c.required && !names.includes(c.name)) {
      issues.push({ file, line, column: c.name, reason: `missing required column "${c.name}"` });
    }
  }
  if (issues.length > 0) {
    const problems = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    // `headerRow` tells callers (and API clients) the rows were never read: another reading of the
    // file (a preset, a mapping) may fit it.
    throw new AppError(
      'IMPORT_REJECTED',
      `${file}: ${problems} in the header row, nothing imported`,
      issues,
      {
        headerRow: true,
      },
    );
  }
  return def.columns.map((c) => names.indexOf(c.name));
};
