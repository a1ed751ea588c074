/**
 * The SQL of the records API, derived from the import definitions (one source for the columns of
 * every entity): a record is shaped exactly like a row of its canonical CSV, reference columns
 * showing the referenced record's external id.
 */
import { type EntityDefinition, storedColumns } from '../../../importers/entity-definition.ts';

/** The partner a row belongs to (for partner users' scope), as an SQL expression over alias `t`. */
export const ownerPartnerExpr = (def: EntityDefinition): string => {
  if (def.entity === 'partners') return 't.id';
  if (def.columns.some((c) => c.references?.as === 'partner_id')) return 't.partner_id';
  const viaEvaluation = def.columns.find((c) => c.references?.table === 'evaluations');
  if (viaEvaluation)
    return `(select e.partner_id from evaluations e where e.org_id = t.org_id and e.id = t.${viaEvaluation.references!.as})`;
  throw new Error(`${def.entity}: no owning partner`);
};

const valueExpr = (type: string, expr: string) =>
  type === 'numeric' || type === 'integer' || type === 'smallint' ? `(${expr})::float8` : expr;

/**
 * `select … from <table> t <joins>`: one column per CSV column, references as external ids; `from`
 * is the FROM clause alone (for counting with the same conditions).
 */
export const recordSelect = (
  def: EntityDefinition,
): { select: string; from: string; columnExpr: Map<string, string> } => {
  const joins: string[] = [];
  const columnExpr = new Map<string, string>();
  const columns = storedColumns(def);
  columns.forEach((c, i) => {
    if (c.references) {
      joins.push(
        `left join ${c.references.table} r${i} on r${i}.org_id = t.org_id and r${i}.id = t.${c.references.as}`,
      );
      columnExpr.set(c.name, `r${i}.external_id`);
    } else {
      columnExpr.set(c.name, `t.${c.name}`);
    }
  });
  const cols = columns.map((c) => `${valueExpr(c.type, columnExpr.get(c.name)!)} as "${c.name}"`);
  const from = `from ${def.table} t ${joins.join(' ')}`;
  return { select: `select ${cols.join(', ')} ${from}`, from, columnExpr };
};
