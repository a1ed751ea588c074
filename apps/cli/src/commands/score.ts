import { loadTierPolicy, scorePartnersUseCase, scoringContext, systemCaller } from '@trellis/core';
import type { Command } from 'commander';
import { action, log, today } from '../action.ts';
import { asOfOption } from '../options.ts';
import { prepareOutDir } from '../out-dir.ts';
import { print } from '../terminal.ts';
import { withDatabase } from '../with-database.ts';
import { writeReadinessReport } from '../write-reports.ts';

export const registerScore = (program: Command): void => {
  const score = program.command('score').description('score readiness on the imported data');
  score
    .command('partners')
    .description('skills × capacity × outcomes per partner → tier, gates, next-tier needs, remediation')
    .requiredOption('--out <dir>', 'directory for readiness-report.md and readiness-report.json (required)')
    .option(
      '--as-of <date>',
      'scoring date YYYY-MM-DD (default: today); one date = one evaluation period',
      asOfOption,
    )
    .option('--policy <version>', 'tier policy version in frameworks/tier-policy', 'v1')
    .option('--dry-run', 'compute and write the report, store nothing')
    .action(
      action(async (opts: { out: string; asOf?: string; policy: string; dryRun?: boolean }) => {
        prepareOutDir(opts.out); // before anything is computed or stored
        const asOf = opts.asOf ?? today();
        const context = scoringContext(loadTierPolicy(opts.policy));
        const { report, org } = await withDatabase(async (db, orgId) => ({
          report: await scorePartnersUseCase(db, systemCaller(orgId), {
            asOf,
            context,
            persist: !opts.dryRun,
          }),
          org: orgId,
        }));
        const dist = Object.entries(report.summary.tierDistribution)
          .map(([t, n]) => `${t} ${n}`)
          .join(', ');
        print(
          `Partner readiness as of ${asOf}: ${report.summary.partners} partners — ${dist}; ${report.summary.inGrace} in grace; ${report.summary.heldBackByGates} held back by a gate\n`,
        );
        log(`wrote ${(await writeReadinessReport(opts.out, report, org)).join(', ')}`);
      }),
    );
};
