/**
 * Proposes a mapping from a file's header and a sample of its rows: for the entity whose columns
 * the header matches best (or the one given), each column is matched by name (with the synonyms
 * CRMs use) and its values are looked at to pick a format (money, date and its order, yes/no) and
 * to map picklist values. The result is a mapping file to read and edit, with a comment on each
 * guess ("did you mean amount for Amount?").
 */
import { stringify } from 'yaml';
import type { Audience } from '../audience.ts';
import type { EntityDefinition } from '../entity-definition.ts';
import { entityDefinitions } from '../entity-definitions.ts';
import { type EntityName, entityNames } from '../entity-name.ts';
import { key, SYNONYMS } from './column-synonyms.ts';
import { type DateFormatDecision, describeDateDecision, voteDateFormat } from './date-format-vote.ts';
import type { ColumnRule, Mapping } from './mapping-schema.ts';
import { parseBooleanValue, parseDateValue, parseMoneyValue } from './value-formats.ts';

const KEYWORDS: Record<string, [RegExp, string][]> = {
  stage: [
    [/won/i, 'won'],
    [/lost|dead|closed.?no/i, 'lost'],
  ],
  type: [
    [/alliance|strategic|integrator|gsi/i, 'strategic'],
    [/resell|distribut|var\b|channel/i, 'channel'],
    [/tech|isv|integration/i, 'technology'],
    [/referr|affiliate|agent/i, 'referral'],
  ],
  lifecycle: [
    [/^active/i, 'active'],
    [/onboard|prospect|pending|new/i, 'onboarding'],
    [/inactive|terminat|churn|retir|former/i, 'retired'],
  ],
};

export interface InferredMapping {
  mapping: Mapping;
  /** One line per guess, and per required column not found. */
  notes: string[];
  /** The mapping as a file to edit, with the notes as comments. */
  yaml: string;
  /** How the file orders day-month dates, decided over every date column (none: undefined). */
  dates?: DateFormatDecision;
}

const matchColumn = (canonical: string, header: string[], taken: Set<number>): number | undefined => {
  const wanted = [key(canonical), ...(SYNONYMS[canonical] ?? [])];
  for (const w of wanted) {
    const i = header.findIndex((h, j) => !taken.has(j) && key(h) === w);
    if (i >= 0) return i;
  }
  return undefined;
};

const scoreEntity = (def: EntityDefinition, header: string[]) => {
  const taken = new Set<number>();
  let score = 0;
  for (const c of def.columns) {
    const i = matchColumn(c.name, header, taken);
    if (i === undefined) continue;
    taken.add(i);
    score += c.required ? 2 : 1;
  }
  return score;
};

const distinct = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

/** The rule for one matched column, from its values. */
const ruleFor = (
  def: EntityDefinition,
  canonical: string,
  source: string,
  values: string[],
  notes: string[],
  /** How the file orders its day-month dates, decided over all its date columns. */
  dates: DateFormatDecision | undefined,
): ColumnRule => {
  const column = def.columns.find((c) => c.name === canonical)!;
  const seen = distinct(values);
  const note = (what: string) => notes.push(`${canonical} ← "${source}": ${what}`);
  if (column.type === 'date' && seen.some((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v))) {
    const unread = seen.filter((v) => parseDateValue(v, dates?.order) === undefined);
    const check = unread.length
      ? ` — ${unread.length} could not be read as ${dates?.format ?? 'a date'}, like "${unread[0]}": check them`
      : '';
    note(`dates like "${seen[0]}"${check}`);
    return { from: source, format: 'date' };
  }
  if (column.type === 'numeric' && canonical === 'amount' && seen.some((v) => !/^\d+(\.\d{1,2})?$/.test(v))) {
    note(
      `amounts like "${seen[0]}"${seen.every((v) => parseMoneyValue(v) !== undefined) ? '' : ' — some could not be read'}`,
    );
    return { from: source, format: 'money' };
  }
  if (canonical === 'sourced_by_partner' && seen.some((v) => parseBooleanValue(v) === undefined)) {
    note('"true" when the value mentions "partner"');
    return { from: source, contains: 'partner' };
  }
  if (column.type === 'boolean' && seen.some((v) => !/^(true|false)$/i.test(v))) {
    note(`yes/no values like "${seen[0]}"`);
    return { from: source, format: 'boolean' };
  }
  const keywords = KEYWORDS[canonical];
  if (keywords) {
    const map: Record<string, string> = {};
    for (const v of seen) {
      const hit = keywords.find(([re]) => re.test(v));
      if (hit && hit[1] !== v.toLowerCase()) map[v] = hit[1];
    }
    const unmapped = seen.filter((v) => !(v in map) && !keywords.some(([, out]) => out === v.toLowerCase()));
    if (Object.keys(map).length) {
      note(
        `values mapped: ${Object.entries(map)
          .map(([k, v]) => `${k} → ${v}`)
          .join(', ')}${unmapped.length ? `; not mapped: ${unmapped.join(', ')}` : ''}`,
      );
      return canonical === 'stage' ? { from: source, map, otherwise: 'open' } : { from: source, map };
    }
  }
  if (column.references && /name|^partner$|company/i.test(source)) {
    note('names the record: looked up by name');
    return { from: source, lookup: 'name' };
  }
  if (key(source) !== key(canonical)) note(`did you mean ${canonical} for "${source}"?`);
  return source;
};

/** The header comment of a proposal, in the words of the door it is read at. */
const HEADER: Record<Audience, string> = {
  cli: '# Proposed by trellis import --infer: review every line, then import with --mapping this-file.',
  api: "# Proposed from the file's header and first rows: review every line, then check it with a dry run.",
};

export const inferMapping = (
  header: string[],
  sample: string[][],
  entity?: EntityName,
  audience: Audience = 'cli',
): InferredMapping => {
  const clean = header.map((h) => h.trim());
  const chosen =
    entity ??
    [...entityNames].sort(
      (a, b) => scoreEntity(entityDefinitions[b], clean) - scoreEntity(entityDefinitions[a], clean),
    )[0]!;
  const def = entityDefinitions[chosen];
  const notes: string[] = [];
  const columns: Record<string, ColumnRule> = {};
  const taken = new Set<number>();
  const matched: [string, number][] = [];
  for (const c of def.columns) {
    const i = matchColumn(c.name, clean, taken);
    if (i === undefined) {
      if (c.required)
        notes.push(
          `${c.name}: required, and no column of the file looks like it — map one, or give a constant (value: …)`,
        );
      continue;
    }
    taken.add(i);
    matched.push([c.name, i]);
  }
  const valuesAt = (i: number) => sample.map((r) => r[i] ?? '');
  // One order for the whole file, from every date it shows: one odd value does not flip it.
  const dates = voteDateFormat(
    matched.flatMap(([name, i]) =>
      def.columns.find((c) => c.name === name)!.type === 'date' ? valuesAt(i) : [],
    ),
  );
  if (dates) notes.push(describeDateDecision(dates));
  for (const [name, i] of matched) columns[name] = ruleFor(def, name, clean[i]!, valuesAt(i), notes, dates);
  // A close date on open deals is an expected date, not a close.
  if (columns.closed_on && columns.stage) {
    const rule = columns.closed_on;
    columns.closed_on = {
      ...(typeof rule === 'string' ? { from: rule } : rule),
      onlyWhen: { stage: ['won', 'lost'] },
    };
  }
  const unused = clean.filter((h, i) => !taken.has(i) && h);
  if (unused.length) notes.push(`not used: ${unused.join(', ')}`);
  const mapping: Mapping = {
    kind: 'mapping',
    name: `inferred ${chosen}`,
    entity: chosen,
    ...(dates ? { dateFormat: dates.format } : {}),
    columns,
  };
  const yaml = [HEADER[audience], ...notes.map((n) => `# ${n}`), stringify(mapping, { lineWidth: 0 })].join(
    '\n',
  );
  return { mapping, notes, yaml, ...(dates && { dates }) };
};
