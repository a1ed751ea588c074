#!/usr/bin/env node
// `npm start`: builds what is stale (tsc -b is incremental: an up-to-date build takes a second;
// the web app is rebuilt when its sources changed), then serves the demo org and the web app on the
// embedded database from the compiled code. Extra arguments go to
// `trellis serve` (for example `npm start -- --port 8080`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
process.stderr.write('building (only what changed)…\n');
const build = spawnSync(process.execPath, [tsc, '-b', 'apps/cli/tsconfig.build.json'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

// The web app: rebuilt when a source is newer than the last build (vite has no incremental mode).
const web = join(root, 'apps/web');
const newest = (path) => {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
};
const built = join(web, 'dist/index.html');
const sources = ['src', 'index.html', 'vite.config.ts', 'package.json', '../../packages/contracts/src'];
if (!existsSync(built) || Math.max(...sources.map((f) => newest(join(web, f)))) > statSync(built).mtimeMs) {
  process.stderr.write('building the web app…\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const vite = spawnSync(npm, ['run', '-s', 'build', '-w', '@trellis/web'], { cwd: root, stdio: 'inherit' });
  if (vite.status !== 0) process.exit(vite.status ?? 1);
}
process.argv = [process.argv[0], 'trellis', 'serve', '--demo', ...process.argv.slice(2)];
await import('../apps/cli/dist/main.js');
