import { Command } from 'commander';
import { registerAssess } from './commands/assess.ts';
import { registerDemo } from './commands/demo.ts';
import { registerImport } from './commands/import.ts';
import { registerInit } from './commands/init.ts';

const program = new Command('trellis')
  .description('Partner program readiness, measured from evidence and explained.')
  .showHelpAfterError()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) })
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : 2);
  });

registerInit(program);
registerDemo(program);
registerImport(program);
registerAssess(program);

await program.parseAsync(process.argv);
