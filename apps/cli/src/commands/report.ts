import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  documentFormats,
  loadProgramDocumentInput,
  type Paper,
  papers,
  printProgramDocument,
  programWorkbookFile,
  renderProgramDocument,
} from '@trellis/core';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { action, log } from '../action.ts';
import { prepareOutDir } from '../out-dir.ts';
import { withDatabase } from '../with-database.ts';

const FORMATS = [...documentFormats, 'pdf', 'xlsx', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** `--format md,html`: one or more of the formats, each once. */
const formatsOption = (value: string): Format[] => {
  const list = [...new Set(value.split(',').map((f) => f.trim().toLowerCase()))];
  const bad = list.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (bad.length || list.length === 0)
    throw new InvalidArgumentError(`'${bad.join(',') || value}' is not a format: use ${FORMATS.join(', ')}`);
  return list as Format[];
};

const assessmentOption = (value: string): number | 'latest' => {
  if (value === 'latest') return value;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1_000_000)
    throw new InvalidArgumentError(`'${value}' is not an assessment number (1, 2, … or latest)`);
  return n;
};

export const registerReport = (program: Command): void => {
  program
    .command('report')
    .description(
      'render a stored program assessment as a document: Markdown, self-contained HTML (charts inline), JSON',
    )
    .requiredOption('--out <dir>', 'directory for program-report.<format> (required)')
    .addOption(
      new Option('--format <list>', `one or more of ${FORMATS.join(', ')}, comma-separated`)
        .argParser(formatsOption)
        .default(['md'], 'md'),
    )
    .option(
      '--assessment <number>',
      'which assessment: its number, or latest',
      assessmentOption,
      'latest' as const,
    )
    .addOption(new Option('--paper <size>', 'PDF paper size').choices(papers).default('A4'))
    .action(
      action(async (opts: { out: string; format: Format[]; assessment: number | 'latest'; paper: Paper }) => {
        const dir = prepareOutDir(opts.out);
        const input = await withDatabase((db, orgId) => loadProgramDocumentInput(db, orgId, opts.assessment));
        const written: string[] = [];
        for (const f of opts.format) {
          // The prompt is Markdown too: named so that it opens as such.
          const path = join(dir, f === 'prompt' ? 'program-prompt.md' : `program-report.${f}`);
          writeFileSync(
            path,
            f === 'json'
              ? `${JSON.stringify(input.report, null, 2)}\n`
              : f === 'pdf'
                ? await printProgramDocument(input, opts.paper)
                : f === 'xlsx'
                  ? await programWorkbookFile(input)
                  : renderProgramDocument(input, f),
          );
          written.push(path);
        }
        log(
          `assessment #${input.assessment.number} (${input.assessment.status}); wrote ${written.join(', ')}`,
        );
      }),
    );
};
