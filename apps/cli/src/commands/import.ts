import { AppError, type EntityName, entityNames, importFile } from '@trellis/core';
import { type Command, InvalidArgumentError } from 'commander';
import { action } from '../action.ts';
import { describeRejection, writeErrorReport } from '../import-errors.ts';
import { prepareOutDir } from '../out-dir.ts';
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

const countArg = (v: string) => {
  if (!/^\d{1,7}$/.test(v) || Number(v) < 1) throw new InvalidArgumentError(`'${v}' is not a count from 1`);
  return Number(v);
};

export const registerImport = (program: Command): void => {
  program
    .command('import')
    .description(
      'import a canonical CSV file (all-or-nothing, upsert by external_id); see docs/import-format.md',
    )
    .argument('<entity>', `one of: ${entityNames.join(', ')}`, entityArg)
    .argument('<file>', 'CSV file')
    .option('--dry-run', 'the whole import, rolled back: every check, nothing written')
    .option(
      '--max-errors <n>',
      'stop reading after N problems (default: read everything, list 1,000)',
      countArg,
    )
    .option('--errors <dir>', 'where to write the full problem list (default: a new temporary folder)')
    .action(
      action(
        async (
          entity: EntityName,
          file: string,
          opts: { dryRun?: boolean; maxErrors?: number; errors?: string },
        ) => {
          if (opts.errors) prepareOutDir(opts.errors, '--errors');
          const r = await withDatabase((db, orgId) =>
            importFile(db, orgId, entity, file, { dryRun: !!opts.dryRun, maxErrors: opts.maxErrors }),
          ).catch((err: unknown) => {
            if (!(err instanceof AppError) || err.code !== 'IMPORT_REJECTED' || err.issues.length <= 1)
              throw err;
            // Grouped by column, printed once; the full list goes to a file.
            const files = writeErrorReport(err, file, opts.errors);
            throw new AppError(
              err.code,
              [...describeRejection(err), `  every problem: ${files.join(' and ')}`].join('\n'),
            );
          });
          print(
            `${r.dryRun ? 'dry run: ' : ''}${r.entity} from ${r.file}${formOf(r)}: ${r.rows} rows — ${r.inserted} inserted, ${r.updated} updated, ${r.unchanged} unchanged\n`,
          );
        },
      ),
    );
};
