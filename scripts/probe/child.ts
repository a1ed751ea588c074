/**
 * One category in its own process (so that a probe that kills the server shows as a crash of that
 * category, not as a dead probe): `tsx scripts/probe/child.ts <category> <result file>`.
 */
import { writeFileSync } from 'node:fs';
import { runBadInputs } from './cat-bad-inputs.ts';
import { runCrossOrg } from './cat-cross-org.ts';
import { runCsrf } from './cat-csrf.ts';
import { runHostile } from './cat-hostile.ts';
import { runRoles } from './cat-roles.ts';
import { type ProbeContext, startProbe } from './context.ts';
import type { Tally } from './tally.ts';

export const categories: Record<string, (ctx: ProbeContext) => Promise<Tally>> = {
  roles: runRoles,
  'cross-org': runCrossOrg,
  csrf: runCsrf,
  hostile: runHostile,
  'bad-inputs': runBadInputs,
};

const [name, out] = process.argv.slice(2);
const run = name ? categories[name] : undefined;
if (!run || !out) {
  console.error(`usage: child.ts <${Object.keys(categories).join('|')}> <result.json>`);
  process.exit(2);
}
const started = Date.now();
const ctx = await startProbe();
const tally = await run(ctx);
tally.result.ms = Date.now() - started;
writeFileSync(out, JSON.stringify(tally.result));
await ctx.s.close();
process.exit(0);
