// Builds the web app (apps/web → apps/web/dist) when a source is newer than the last build; vite
// has no incremental mode, so this check keeps `npm start` and the browser tests quick.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = join(root, 'apps/web');

const newest = (path) => {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((f) => newest(join(path, f))));
};

const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package.json', '../../packages/contracts/src'];

/** Whether apps/web/dist is missing or older than a source. */
export const webBuildStale = () => {
  const built = join(web, 'dist/index.html');
  return (
    !existsSync(built) || Math.max(...SOURCES.map((f) => newest(join(web, f)))) > statSync(built).mtimeMs
  );
};

/** Builds the web app if it is stale; returns false when the build failed. */
export const buildWebIfStale = (stdio = 'inherit') => {
  if (!webBuildStale()) return true;
  process.stderr.write('building the web app…\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  return spawnSync(npm, ['run', '-s', 'build', '-w', '@trellis/web'], { cwd: root, stdio }).status === 0;
};
