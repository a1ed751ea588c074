#!/usr/bin/env node
// Runs the CLI from its TypeScript sources through tsx's loader (no build step to forget); the
// root tsconfig.json maps the workspace packages (@trellis/*) to their sources.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
await import('../apps/cli/src/main.ts');
