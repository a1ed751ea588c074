import {
  loadTierPolicy,
  readTierPolicyFile,
  scoringContext,
  simulateTierPolicyUseCase,
  systemCaller,
} from '@trellis/core';
import type { Command } from 'commander';
import { action, today } from '../action.ts';
import { asOfOption } from '../options.ts';
import { print } from '../terminal.ts';
import { withDatabase } from '../with-database.ts';

export const registerTiers = (program: Command): void => {
  const tiers = program.command('tiers').description('tier policies');
  tiers
    .command('simulate')
    .description(
      'apply a candidate tier policy to current data: who would move up or down, and why (writes nothing)',
    )
    .requiredOption('--policy <file>', 'candidate tier-policy YAML (required)')
    .option('--current <version>', 'published policy version to compare with', 'v1')
    .option('--as-of <date>', 'date YYYY-MM-DD (default: today)', asOfOption)
    .option('--json', 'print the simulation as JSON')
    .action(
      action(async (opts: { policy: string; current: string; asOf?: string; json?: boolean }) => {
        const current = scoringContext(loadTierPolicy(opts.current));
        const candidate = scoringContext(readTierPolicyFile(opts.policy));
        const sim = await withDatabase((db, orgId) =>
          simulateTierPolicyUseCase(db, systemCaller(orgId), {
            asOf: opts.asOf ?? today(),
            current,
            candidate,
          }),
        );
        if (opts.json) {
          print(`${JSON.stringify(sim, null, 2)}\n`);
          return;
        }
        const up = sim.moves.filter((m) => m.direction === 'up').length;
        const lines = [
          `Tier policy ${sim.candidate.version} (${sim.candidate.source}) vs ${sim.current.version}, as of ${sim.asOf}: ${sim.moves.length} of ${sim.partners} partners move (${up} up, ${sim.moves.length - up} down)`,
          ...sim.moves.map(
            (m) =>
              `  ${m.direction === 'up' ? '↑' : '↓'} ${m.name} (${m.partner}): ${m.from ?? 'none'} → ${
                !m.deferredByGrace
                  ? (m.to ?? 'none')
                  : m.direction === 'up'
                    ? `${m.earned ?? 'none'} earned (${m.to ?? 'none'} no longer rests on the grace period)`
                    : `${m.earned ?? 'none'} earned; ${m.to ?? 'none'} kept by the grace period`
              }${m.why.map((w) => `\n      ${w}`).join('')}`,
          ),
        ];
        print(`${lines.join('\n')}\n`);
      }),
    );
};
