import { AppError, type Issue } from '../errors.ts';
import type { EntityDefinition } from './entity-definition.ts';
import { ISSUE_LIMIT } from './issue-list.ts';
import { suggestColumn } from './mapping/column-synonyms.ts';

/**
 * Checks the header row against the entity's columns and returns, per defined column, the index
 * of its cell in each record (-1 for an absent optional column). Names are trimmed and
 * case-sensitive; a missing required, unknown or repeated column rejects the file.
 */
/** More columns than any export of these records has: the file is refused before its names are read. */
export const MAX_HEADER_COLUMNS = 1000;

export const checkHeader = (def: EntityDefinition, file: string, header: string[], line = 1): number[] => {
  if (header.length > MAX_HEADER_COLUMNS)
    throw new AppError('IMPORT_REJECTED', `${file}: the header row has too many columns, nothing imported`, [
      {
        file,
        line,
        reason: `the header has ${header.length.toLocaleString('en-US')} columns; at most ${MAX_HEADER_COLUMNS.toLocaleString('en-US')} are read`,
      },
    ]);
  const names = header.map((h) => h.trim());
  const present = new Set(names);
  const firstAt = new Map<string, number>();
  names.forEach((name, i) => {
    if (!firstAt.has(name)) firstAt.set(name, i);
  });
  const known = new Set(def.columns.map((c) => c.name));
  const issues: Issue[] = [];
  // A suggestion only among the columns the header lacks: those an unknown name could stand for.
  const absent = def.columns.map((c) => c.name).filter((c) => !present.has(c));
  names.forEach((name, i) => {
    if (issues.length >= ISSUE_LIMIT) return;
    if (!known.has(name)) {
      const meant = suggestColumn(absent, name);
      const guess = meant ? ` (did you mean "${meant}"?)` : '';
      issues.push({ file, line, column: name, reason: `unknown column "${name}" for ${def.entity}${guess}` });
    } else if (firstAt.get(name) !== i) {
      issues.push({ file, line, column: name, reason: `column "${name}" appears more than once` });
    }
  });
  for (const c of def.columns) {
    if (c.required && !present.has(c.name)) {
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
  return def.columns.map((c) => firstAt.get(c.name) ?? -1);
};
