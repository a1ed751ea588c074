#!/usr/bin/env node
// `npm start`: builds what is stale (tsc -b is incremental: an up-to-date build takes a second;
// the web app is rebuilt when its sources changed), then serves the demo org and the web app on the
// embedded database from the compiled code. Extra arguments go to
// `trellis serve` (for example `npm start -- --port 8080`).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildWebIfStale } from './build-web.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
process.stderr.write('building (only what changed)…\n');
const build = spawnSync(process.execPath, [tsc, '-b', 'apps/cli/tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

if (!buildWebIfStale()) process.exit(1);
process.argv = [process.argv[0], 'trellis', 'serve', '--demo', ...process.argv.slice(2)];
await import('../apps/cli/dist/main.js');
