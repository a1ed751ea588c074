import { type EntityName, entityNames, importFile } from '@trellis/core';
import { type Command, InvalidArgumentError } from 'commander';
import { action } from '../action.ts';
import { print } from '../terminal.ts';
import { withDatabase } from '../with-database.ts';

const entityArg = (value: string): EntityName => {
  if (!(entityNames as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`unknown entity '${value}'; one of: ${entityNames.join(', ')}`);
  }
  return value as EntityName;
};

/** " (windows-1252, ';'-separated)" when the file is not plain UTF-8 with commas. */
const formOf = (r: { encoding: string; delimiter: string }) => {
  const parts = [
    ...(r.encoding !== 'utf-8' ? [r.encoding] : []),
    ...(r.delimiter !== ',' ? [`${r.delimiter === '\t' ? 'tab' : `'${r.delimiter}'`}-separated`] : []),
  ];
  return parts.length ? ` (${parts.join(', ')})` : '';
};

export const registerImport = (program: Command): void => {
  program
    .command('import')
    .description(
      'import a canonical CSV file (all-or-nothing, upsert by external_id); see docs/import-format.md',
    )
    .argument('<entity>', `one of: ${entityNames.join(', ')}`, entityArg)
    .argument('<file>', 'CSV file')
    .option('--dry-run', 'validate everything, write nothing')
    .action(
      action(async (entity: EntityName, file: string, opts: { dryRun?: boolean }) => {
        const r = await withDatabase((db, orgId) =>
          importFile(db, orgId, entity, file, { dryRun: !!opts.dryRun }),
        );
        print(
          `${r.dryRun ? 'dry run: ' : ''}${r.entity} from ${r.file}${formOf(r)}: ${r.rows} rows — ${r.inserted} inserted, ${r.updated} updated, ${r.unchanged} unchanged\n`,
        );
      }),
    );
};
