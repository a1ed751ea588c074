import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DocumentEdition, documentEditions } from '@trellis/contracts';
import {
  documentFormats,
  loadPartnerDocumentInput,
  loadProgramDocumentInput,
  loadReadinessDocumentInput,
  type Paper,
  papers,
  partnerDocumentName,
  printPartnerDocument,
  printProgramDocument,
  printReadinessDocument,
  programWorkbookFile,
  renderPartnerDocument,
  renderProgramDocument,
  renderReadinessDocument,
} from '@trellis/core';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { action, log, today } from '../action.ts';
import { asOfOption } from '../options.ts';
import { prepareOutDir } from '../out-dir.ts';
import { withDatabase } from '../with-database.ts';

const FORMATS = [...documentFormats, 'pdf', 'xlsx', 'json'] as const;
type Format = (typeof FORMATS)[number];

const PARTNER_FORMATS = ['md', 'html', 'pdf'] as const;
type PartnerFormat = (typeof PARTNER_FORMATS)[number];

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

/** `--format`: one or more of `formats`, Markdown by default. */
const formatOption = <F extends string>(formats: readonly F[]) =>
  new Option('--format <list>', `one or more of ${formats.join(', ')}, comma-separated`)
    .argParser(listOf(formats))
    .default(['md'], 'md');

const paperOption = () => new Option('--paper <size>', 'PDF paper size').choices(papers).default('A4');

/** Writes each format's file into `dir` (each rendered when its turn comes); returns the paths. */
const writeEach = async <F extends string>(
  dir: string,
  formats: F[],
  file: (f: F) => string,
  content: (f: F) => string | Buffer | Promise<Buffer>,
): Promise<string[]> => {
  const written: string[] = [];
  for (const f of formats) {
    const path = join(dir, file(f));
    writeFileSync(path, await content(f));
    written.push(path);
  }
  return written;
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
    .addOption(formatOption(FORMATS))
    .option(
      '--assessment <number>',
      'which assessment: its number, or latest',
      assessmentOption,
      'latest' as const,
    )
    .addOption(paperOption())
    .action(
      action(async (opts: { out: string; format: Format[]; assessment: number | 'latest'; paper: Paper }) => {
        const dir = prepareOutDir(opts.out);
        const input = await withDatabase((db, orgId) => loadProgramDocumentInput(db, orgId, opts.assessment));
        const written = await writeEach(
          dir,
          opts.format,
          // The prompt is Markdown too: named so that it opens as such.
          (f) => (f === 'prompt' ? 'program-prompt.md' : `program-report.${f}`),
          (f) =>
            f === 'json'
              ? `${JSON.stringify(input.report, null, 2)}\n`
              : f === 'pdf'
                ? printProgramDocument(input, opts.paper)
                : f === 'xlsx'
                  ? programWorkbookFile(input)
                  : renderProgramDocument(input, f),
        );
        log(
          `assessment #${input.assessment.number} (${input.assessment.status}); wrote ${written.join(', ')}`,
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
    .addOption(formatOption(PARTNER_FORMATS))
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
      action(
        async (
          id: string,
          opts: { out: string; format: PartnerFormat[]; paper: Paper; edition: DocumentEdition },
        ) => {
          const dir = prepareOutDir(opts.out);
          const input = await withDatabase((db, orgId) =>
            loadPartnerDocumentInput(db, orgId, id, { today: today(), edition: opts.edition }),
          );
          const written = await writeEach(
            dir,
            opts.format,
            (f) => partnerDocumentName(id, opts.edition, f),
            (f) => (f === 'pdf' ? printPartnerDocument(input, opts.paper) : renderPartnerDocument(input, f)),
          );
          log(
            `${input.readiness.name}, readiness as of ${input.readiness.asOf}; wrote ${written.join(', ')}`,
          );
        },
      ),
    );
  report
    .command('readiness')
    .description(
      'partner readiness across the program: tiers, qualified people by role, the largest gaps, every partner',
    )
    .requiredOption('--out <dir>', 'directory for readiness-report.<format> (required)')
    .addOption(formatOption(PARTNER_FORMATS))
    .option('--as-of <date>', 'the scoring on or before this date (default: the latest)', asOfOption)
    .addOption(paperOption())
    .action(
      action(async (opts: { out: string; format: PartnerFormat[]; asOf?: string; paper: Paper }) => {
        const dir = prepareOutDir(opts.out);
        const input = await withDatabase((db, orgId) => loadReadinessDocumentInput(db, orgId, opts.asOf));
        const written = await writeEach(
          dir,
          opts.format,
          (f) => `readiness-report.${f}`,
          (f) =>
            f === 'pdf' ? printReadinessDocument(input, opts.paper) : renderReadinessDocument(input, f),
        );
        log(`readiness as of ${input.report.asOf}; wrote ${written.join(', ')}`);
      }),
    );
};
