import { type DocumentEdition, documentEditions } from '@trellis/contracts';
import {
  type DocumentKind,
  type DocumentSubject,
  documentFormats,
  type FormatOf,
  type LoadedDocumentOf,
  loadDocumentUseCase,
  type Paper,
  papers,
  systemCaller,
} from '@trellis/core';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { action, log, today } from '../action.ts';
import { asOfOption } from '../options.ts';
import { prepareOutDir } from '../out-dir.ts';
import { withDatabase } from '../with-database.ts';
import { writeDocumentFiles } from '../write-reports.ts';

/** `--format md,html`: one or more of the formats, each once. */
const listOf =
  <F extends string>(formats: readonly F[]) =>
  (value: string): F[] => {
    const list = [...new Set(value.split(',').map((f) => f.trim().toLowerCase()))];
    const bad = list.filter((f) => !(formats as readonly string[]).includes(f));
    if (bad.length || list.length === 0)
      throw new InvalidArgumentError(
        `'${bad.join(',') || value}' is not a format: use ${formats.join(', ')}`,
      );
    return list as F[];
  };

/** `--format`: one or more of the formats the kind is made in, Markdown by default. */
const formatOption = (kind: DocumentKind) =>
  new Option('--format <list>', `one or more of ${documentFormats[kind].join(', ')}, comma-separated`)
    .argParser(listOf(documentFormats[kind]))
    .default(['md'], 'md');

const paperOption = () => new Option('--paper <size>', 'PDF paper size').choices(papers).default('A4');

interface WriteOptions<K extends DocumentKind> {
  out: string;
  format: FormatOf<K>[];
  paper: Paper;
}

/**
 * Loads the subject's document (the out directory checked first) and writes each format's file
 * into it after the database is closed; returns the document and the paths written.
 */
const writeDocument = async <S extends DocumentSubject>(
  subject: S,
  opts: WriteOptions<S['kind']>,
): Promise<{ doc: LoadedDocumentOf<S['kind']>; written: string[] }> => {
  const dir = prepareOutDir(opts.out);
  const doc = await withDatabase((db, orgId) => loadDocumentUseCase(db, systemCaller(orgId), subject));
  return { doc, written: await writeDocumentFiles(dir, doc, opts.format, opts.paper) };
};

const assessmentOption = (value: string): number | 'latest' => {
  if (value === 'latest') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000)
    throw new InvalidArgumentError(`'${value}' is not an assessment number (1, 2, … or latest)`);
  return n;
};

export const registerReport = (program: Command): void => {
  // `trellis report …` is `trellis report program …` (the default subcommand); `report partner <id>`
  // has options of the same names, so each lives on its own subcommand.
  const report = program
    .command('report')
    .description('render documents: the program assessment, partner readiness, or one partner');
  report
    .command('program', { isDefault: true })
    .description(
      'a stored program assessment as a document: Markdown, self-contained HTML (charts inline), PDF (printed by Chromium), a spreadsheet (xlsx), JSON, or the assessment prompt for a language model (prompt)',
    )
    .requiredOption('--out <dir>', 'directory for program-report.<format> (required)')
    .addOption(formatOption('program'))
    .option(
      '--assessment <number>',
      'which assessment: its number, or latest',
      assessmentOption,
      'latest' as const,
    )
    .addOption(paperOption())
    .action(
      action(async (opts: WriteOptions<'program'> & { assessment: number | 'latest' }) => {
        const { doc, written } = await writeDocument({ kind: 'program', assessment: opts.assessment }, opts);
        log(
          `assessment #${doc.input.assessment.number} (${doc.input.assessment.status}); wrote ${written.join(', ')}`,
        );
      }),
    );
  report
    .command('partner <id>')
    .description(
      "one partner's review (QBR pack): standing, readiness, gates, next-tier needs, remediation plan",
    )
    .requiredOption(
      '--out <dir>',
      'directory for partner-<id>-internal.<format>, or partner-<id>.<format> for the partner edition (required)',
    )
    .addOption(formatOption('partner'))
    .addOption(paperOption())
    .addOption(
      new Option(
        '--edition <edition>',
        "internal (health, satisfaction: for the partner team) or partner (what the partner's own users see)",
      )
        .choices(documentEditions)
        .default('internal'),
    )
    .action(
      action(async (id: string, opts: WriteOptions<'partner'> & { edition: DocumentEdition }) => {
        const { doc, written } = await writeDocument(
          { kind: 'partner', partner: id, edition: opts.edition, today: today() },
          opts,
        );
        log(
          `${doc.input.readiness.name}, readiness as of ${doc.input.readiness.asOf}; wrote ${written.join(', ')}`,
        );
      }),
    );
  report
    .command('readiness')
    .description(
      'partner readiness across the program: tiers, qualified people by role, the largest gaps, every partner',
    )
    .requiredOption('--out <dir>', 'directory for readiness-report.<format> (required)')
    .addOption(formatOption('readiness'))
    .option('--as-of <date>', 'the scoring on or before this date (default: the latest)', asOfOption)
    .addOption(paperOption())
    .action(
      action(async (opts: WriteOptions<'readiness'> & { asOf?: string }) => {
        const { doc, written } = await writeDocument({ kind: 'readiness', asOf: opts.asOf }, opts);
        log(`readiness as of ${doc.input.report.asOf}; wrote ${written.join(', ')}`);
      }),
    );
};
