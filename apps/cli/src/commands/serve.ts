import { DEFAULT_DEMO_PASSWORD, DEMO_USERS, loadConfig } from '@trellis/core';
import { type Command, InvalidArgumentError } from 'commander';
import { action } from '../action.ts';
import { print } from '../terminal.ts';

const portArg = (v: string) => {
  if (!/^\d+$/.test(v) || Number(v) > 65535) throw new InvalidArgumentError(`'${v}' is not a port number`);
  return Number(v);
};

export const registerServe = (program: Command): void => {
  program
    .command('serve')
    .description('serve the REST API (/api/v1, docs at /api/docs); migrates the database first')
    .option('--port <n>', 'port (default TRELLIS_PORT or 3000; 0 = any free port)', portArg)
    .option('--host <h>', 'address to listen on (default TRELLIS_HOST or 127.0.0.1)')
    .option('--demo', 'load the example program into the org "demo" when absent, with two demo sign-ins')
    .action(
      action(async (opts: { port?: number; host?: string; demo?: boolean }) => {
        const config = loadConfig();
        // The server (Fastify, every route and schema) loads only for `serve`: other commands start ~0.5 s sooner.
        const { startServer } = await import('@trellis/server');
        const s = await startServer({
          port: opts.port,
          host: opts.host,
          demo: opts.demo,
          config,
          handleSignals: true,
        });
        const lines = [
          s.web
            ? `Trellis is serving ${s.url} — open it in your browser`
            : `Trellis is serving ${s.url} (API only: the web app is not built; run npm run build)`,
          `  API ${s.url}/api/v1 · docs ${s.url}/api/docs · OpenAPI ${s.url}/api/openapi.json`,
          `  database: ${config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.TRELLIS_DATA_DIR}`}`,
        ];
        if (s.demo) {
          lines.push(
            `  demo org "${s.demo.orgId}" ${s.demo.created ? 'loaded from examples/seed-saas' : 'already present'}; sign in with:`,
            `    ${DEMO_USERS.owner} (owner)`,
            `    ${DEMO_USERS.partner} (partner user of ${DEMO_USERS.partnerOf})`,
            `    password: ${config.TRELLIS_DEMO_PASSWORD === DEFAULT_DEMO_PASSWORD ? DEFAULT_DEMO_PASSWORD : 'the value of TRELLIS_DEMO_PASSWORD'}`,
          );
        }
        if (s.setupNeeded)
          lines.push(
            s.web
              ? `  first run: no account yet. Open ${s.url} to create the org and its owner, or POST /api/v1/setup`
              : '  first run: no account yet. Create the org and its owner with POST /api/v1/setup',
            `    {"org":{"id":"acme","name":"Acme"},"owner":{"email":"…","name":"…","password":"…"}} (see ${s.url}/api/docs)`,
          );
        lines.push('  Ctrl-C stops it (in-flight requests and jobs finish first).');
        print(`${lines.join('\n')}\n`);
      }),
    );
};
