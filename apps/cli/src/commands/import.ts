import { writeFileSync } from 'node:fs';
import {
  AppError,
  csvFile,
  dateOrderOf,
  type EntityName,
  entityNames,
  inferImportMappingUseCase,
  type MappingNames,
  planImportUseCase,
  presetNames,
  readTextFile,
  runImportUseCase,
  systemCaller,
} from '@trellis/core';
import { type Command, InvalidArgumentError } from 'commander';
import { action } from '../action.ts';
import { describeRejection, writeErrorReport } from '../import-errors.ts';
import { prepareOutDir } from '../out-dir.ts';
import { print, printErr } from '../terminal.ts';
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
    ...(r.delimiter !== ',' && r.delimiter !== ''
      ? [`${r.delimiter === '\t' ? 'tab' : `'${r.delimiter}'`}-separated`]
      : []),
  ];
  return parts.length ? ` (${parts.join(', ')})` : '';
};

const countArg = (v: string) => {
  if (!/^\d{1,7}$/.test(v) || Number(v) < 1) throw new InvalidArgumentError(`'${v}' is not a count from 1`);
  return Number(v);
};

/** The options' names, as problems with the mapping name them. */
const CLI_NAMES: MappingNames = {
  preset: { field: '--preset', words: '--preset' },
  file: { field: '--mapping', words: '--mapping' },
};

interface ImportOptions {
  dryRun?: boolean;
  maxErrors?: number;
  errors?: string;
  preset?: string;
  mapping?: string;
  dateFormat?: string;
  infer?: string;
  out?: string;
  sheet?: string;
}

const dateFormatArg = (v: string) => {
  if (!dateOrderOf(v))
    throw new InvalidArgumentError(`'${v}' is not a date format like M/D/YYYY or DD.MM.YYYY`);
  return v;
};

/** `--infer FILE`: a proposed mapping, printed (or written with --out) for the user to edit. */
const infer = async (
  file: string,
  entity: EntityName | undefined,
  out: string | undefined,
  sheet?: string,
) => {
  const proposal = await inferImportMappingUseCase(await csvFile(file), { entity, sheet, audience: 'cli' });
  const { preset } = proposal;
  // A preset reads the export as it comes: say so (with the command) before a mapping to edit.
  if (preset) {
    const options = [
      `--preset ${preset.name}`,
      ...(preset.dateFormat ? [`--date-format ${preset.dateFormat}`] : []),
      ...(sheet ? [`--sheet ${sheet}`] : []),
    ];
    printErr(`${preset.message}\n  trellis import ${preset.entity} ${file} ${options.join(' ')}\n`);
  }
  if (out) {
    writeFileSync(out, proposal.yaml);
    printErr(
      `wrote ${out} (mapping for ${proposal.mapping.entity}): review it, then: trellis import ${proposal.mapping.entity} ${file} --mapping ${out}\n`,
    );
    // The preset's line was said above.
    for (const n of preset ? proposal.notes.slice(1) : proposal.notes) printErr(`  ${n}\n`);
  } else print(proposal.yaml);
};

export const registerImport = (program: Command): void => {
  program
    .command('import')
    .description(
      'import a CSV: canonical columns (docs/import-format.md), or a CRM export with --preset or --mapping; all-or-nothing, upsert by external_id',
    )
    .argument('[entity]', `one of: ${entityNames.join(', ')}`, entityArg)
    .argument('[file]', 'CSV or .xlsx file')
    .option('--dry-run', 'the whole import, rolled back: every check, nothing written')
    .option('--preset <name>', `a built-in mapping: ${presetNames().join(', ')}`)
    .option('--mapping <file>', "a mapping file (YAML): the export's columns → the entity's")
    .option(
      '--date-format <format>',
      'how dates with / or . are ordered: M/D/YYYY or DD.MM.YYYY',
      dateFormatArg,
    )
    .option('--sheet <name>', 'the worksheet of an .xlsx workbook (default: the first)')
    .option('--infer <file>', 'propose a mapping for this export (entity guessed unless given) and print it')
    .option('--out <file>', 'with --infer: write the proposed mapping to this file')
    .option(
      '--max-errors <n>',
      'stop reading after N problems (default: read everything, list 1,000)',
      countArg,
    )
    .option('--errors <dir>', 'where to write the full problem list (default: a new temporary folder)')
    .action(
      action(async (entity: EntityName | undefined, file: string | undefined, opts: ImportOptions) => {
        if (opts.infer) return infer(opts.infer, entity, opts.out, opts.sheet);
        if (!entity || !file)
          throw new AppError('INVALID_INPUT', 'Name the entity and the file: trellis import <entity> <file>');
        if (opts.errors) prepareOutDir(opts.errors, '--errors');
        const plan = await planImportUseCase({
          entity,
          mapping: {
            preset: opts.preset,
            file: opts.mapping === undefined ? undefined : () => readTextFile(opts.mapping!, 'Mapping file'),
          },
          names: CLI_NAMES,
          dateFormat: opts.dateFormat ? { field: '--date-format', value: opts.dateFormat } : undefined,
          sheet: opts.sheet,
          dryRun: !!opts.dryRun,
        });
        const source = await csvFile(file);
        const r = await withDatabase((db, orgId) =>
          runImportUseCase(db, systemCaller(orgId, 'cli'), {
            plan,
            source,
            maxErrors: opts.maxErrors,
            audience: 'cli',
          }),
        ).catch((err: unknown) => {
          if (!(err instanceof AppError) || err.code !== 'IMPORT_REJECTED' || err.issues.length <= 1)
            throw err;
          // Grouped by column, printed once; the full list goes to a file.
          const files = writeErrorReport(err, file, opts.errors);
          // A header a preset fits already says which one (err.message).
          const hint =
            plan.mapping || err.extra.preset
              ? []
              : ['  hint: a CRM or spreadsheet export? try --preset, --mapping, or --infer to propose one'];
          throw new AppError(
            err.code,
            [...describeRejection(err), ...hint, `  every problem: ${files.join(' and ')}`].join('\n'),
          );
        });
        for (const n of r.notices) printErr(`note: ${n}\n`);
        print(
          `${r.dryRun ? 'dry run: ' : ''}${r.entity} from ${r.file}${formOf(r)}: ${r.rows} rows — ${r.inserted} inserted, ${r.updated} updated, ${r.unchanged} unchanged\n`,
        );
      }),
    );
};
