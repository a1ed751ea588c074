import type { Command } from 'commander';
import { runDemo } from '../../app/run-demo.ts';
import { renderProgramSummaryText } from '../../reports/program-summary-text.ts';
import { action, log, today } from '../action.ts';
import { asOfOption } from '../options.ts';

export const registerDemo = (program: Command): void => {
  program
    .command('demo')
    .description('load the seed example into a fresh embedded database, assess it and write the report')
    .requiredOption('--out <dir>', 'directory for program-report.md and program-report.json')
    .option('--as-of <date>', 'assessment date YYYY-MM-DD (default: the example brief’s)', asOfOption)
    .action(
      action(async (opts: { out: string; asOf?: string }) => {
        const out = await runDemo({ outDir: opts.out, asOf: opts.asOf, today: today() });
        for (const i of out.imports) log(`imported ${i.entity}: ${i.rows} rows (${i.inserted} new)`);
        process.stdout.write(renderProgramSummaryText(out.report));
        const tiers = Object.entries(out.readiness.summary.tierDistribution).map(([t, n]) => `${t} ${n}`);
        process.stdout.write(
          `\nPartner readiness: ${tiers.join(', ')}; ${out.readiness.summary.inGrace} in grace; ${out.readiness.summary.heldBackByGates} held back by a gate\n`,
        );
        log(`wrote ${out.files.join(', ')}`);
      }),
    );
};
