import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // Tests run the workspaces' TypeScript sources, as tsx does for the CLI (tsconfig.json paths).
  resolve: {
    alias: {
      '@trellis/contracts': src('./packages/contracts/src/index.ts'),
      '@trellis/core': src('./packages/core/src/index.ts'),
      '@trellis/server': src('./apps/server/src/index.ts'),
    },
  },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'apps/*/src/**/*.test.ts',
      'apps/*/test/**/*.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default on a 2-core machine is one worker; most files wait on a child process (the
    // CLI, Chromium) or a database, so two keep both cores busy (measured: 668 s → 455 s on PGlite).
    maxWorkers: 2,
  },
});
