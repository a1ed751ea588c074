import {
  ensureOrg,
  loadExampleProgramUseCase,
  loadProgramDocumentInput,
  openPglite,
  readExampleDirectory,
  renderProgramSummaryText,
  systemCaller,
} from '@trellis/core';
import type { Command } from 'commander';
import { action, log, today } from '../action.ts';
import { asOfOption } from '../options.ts';
import { prepareOutDir } from '../out-dir.ts';
import { print } from '../terminal.ts';
import { writeProgramReport, writeReadinessReport } from '../write-reports.ts';

const DEMO_ORG = 'demo';

export const registerDemo = (program: Command): void => {
  program
    .command('demo')
    .description('load the seed example into a fresh embedded database, assess it and write the report')
    .requiredOption('--out <dir>', 'directory for program-report.md and program-report.json (required)')
    .option('--as-of <date>', 'assessment date YYYY-MM-DD (default: the example brief’s)', asOfOption)
    .action(
      action(async (opts: { out: string; asOf?: string }) => {
        prepareOutDir(opts.out); // before anything is computed or stored
        const example = await readExampleDirectory();
        const db = await openPglite();
        const out = await (async () => {
          try {
            await ensureOrg(db, DEMO_ORG);
            const loaded = await loadExampleProgramUseCase(db, systemCaller(DEMO_ORG), {
              example,
              asOf: opts.asOf,
              today: today(),
            });
            return { ...loaded, input: await loadProgramDocumentInput(db, DEMO_ORG, loaded.assessmentId) };
          } finally {
            await db.close();
          }
        })();
        for (const i of out.imports) log(`imported ${i.entity}: ${i.rows} rows (${i.inserted} new)`);
        print(renderProgramSummaryText(out.report));
        const tiers = Object.entries(out.readiness.summary.tierDistribution).map(([t, n]) => `${t} ${n}`);
        print(
          `\nPartner readiness: ${tiers.join(', ')}; ${out.readiness.summary.inGrace} in grace; ${out.readiness.summary.heldBackByGates} held back by a gate\n`,
        );
        const files = [
          ...(await writeProgramReport(opts.out, out.input)),
          ...(await writeReadinessReport(opts.out, out.readiness, out.input.org)),
        ];
        log(`wrote ${files.join(', ')}`);
      }),
    );
};
