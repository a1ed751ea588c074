import {
  assessProgramUseCase,
  loadProgramDocumentInput,
  loadProgramFramework,
  readBriefFile,
  renderProgramSummaryText,
  systemCaller,
} from '@trellis/core';
import type { Command } from 'commander';
import { action, log, today } from '../action.ts';
import { asOfOption } from '../options.ts';
import { prepareOutDir } from '../out-dir.ts';
import { print } from '../terminal.ts';
import { withDatabase } from '../with-database.ts';
import { writeProgramReport } from '../write-reports.ts';

export const registerAssess = (program: Command): void => {
  const assess = program.command('assess').description('run an assessment on the imported data');
  assess
    .command('program')
    .description('assess the partner program (six dimensions, six deliverables)')
    .requiredOption(
      '--brief <file>',
      'brief YAML: context, objectives, constraints, manual scores (required)',
    )
    .requiredOption('--out <dir>', 'directory for program-report.md and program-report.json (required)')
    .option('--as-of <date>', 'assessment date YYYY-MM-DD (default: the brief’s, else today)', asOfOption)
    .option('--framework <version>', 'program-readiness framework version', 'v1')
    .action(
      action(async (opts: { brief: string; out: string; asOf?: string; framework: string }) => {
        prepareOutDir(opts.out); // before anything is computed or stored
        const framework = loadProgramFramework(opts.framework);
        const brief = readBriefFile(opts.brief);
        const { out, input } = await withDatabase(async (db, orgId) => {
          const out = await assessProgramUseCase(db, systemCaller(orgId), {
            brief,
            briefName: opts.brief,
            framework,
            asOf: opts.asOf,
            today: today(),
          });
          return { out, input: await loadProgramDocumentInput(db, orgId, out.assessmentId) };
        });
        print(renderProgramSummaryText(out.report));
        log(
          `assessment ${out.assessmentId} stored; wrote ${(await writeProgramReport(opts.out, input)).join(', ')}`,
        );
      }),
    );
};
