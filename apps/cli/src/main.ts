import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { registerAssess } from './commands/assess.ts';
import { registerCalibration } from './commands/calibration.ts';
import { registerDemo } from './commands/demo.ts';
import { registerImport } from './commands/import.ts';
import { registerInit } from './commands/init.ts';
import { registerRemediation } from './commands/remediation.ts';
import { registerReport } from './commands/report.ts';
import { registerScore } from './commands/score.ts';
import { registerServe } from './commands/serve.ts';
import { registerTiers } from './commands/tiers.ts';
import { printErr } from './terminal.ts';

/** The CLI's version, from its package.json (src/ and dist/ sit at the same depth). */
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const program = new Command('trellis')
  .description('Partner program readiness, measured from evidence and explained.')
  .version(version, '-V, --version', 'print the version')
  .showHelpAfterError()
  .configureOutput({ writeErr: (s) => printErr(s) })
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : 2);
  });

registerInit(program);
registerDemo(program);
registerImport(program);
registerAssess(program);
registerScore(program);
registerTiers(program);
registerCalibration(program);
registerRemediation(program);
registerReport(program);
registerServe(program);

await program.parseAsync(process.argv);
