/**
 * Runs the real `trellis` CLI against a throwaway database of the test engine: a PGlite data
 * directory, or a fresh PostgreSQL database when TEST_DATABASE_URL is set.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Database, openPglite, openPostgres } from '@trellis/core';
import pg from 'pg';

const exec = promisify(execFile);
/**
 * The CLI from its sources (bin/trellis.js, through tsx), or — when TRELLIS_TEST_CLI=dist, as
 * .ci/run sets right after building — the compiled build `npm start` ships, which starts faster.
 */
export const CLI =
  process.env.TRELLIS_TEST_CLI === 'dist'
    ? join(import.meta.dirname, '../../dist/main.js')
    : join(import.meta.dirname, '../../../../bin/trellis.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliWorkspace {
  run(...args: string[]): Promise<CliResult>;
  /** Opens the workspace database in-process (close it before the next `run` on PGlite). */
  open(): Promise<Database>;
  dispose(): Promise<void>;
}

export const cliWorkspace = async (): Promise<CliWorkspace> => {
  const base = process.env.TEST_DATABASE_URL;
  const env: Record<string, string> = { ...(process.env as Record<string, string>), TRELLIS_ORG: 'cli-test' };
  delete env.DATABASE_URL;
  let dbUrl: string | undefined;
  let dbName: string | undefined;
  if (base) {
    dbName = `trellis_cli_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    await admin.end();
    const u = new URL(base);
    u.pathname = `/${dbName}`;
    dbUrl = u.toString();
    env.DATABASE_URL = dbUrl;
  } else {
    env.TRELLIS_DATA_DIR = mkdtempSync(join(tmpdir(), 'trellis-cli-'));
  }
  return {
    async run(...args) {
      try {
        const { stdout, stderr } = await exec('node', [CLI, ...args], { env });
        return { code: 0, stdout, stderr };
      } catch (e) {
        const err = e as { code: number; stdout: string; stderr: string };
        return { code: err.code, stdout: err.stdout, stderr: err.stderr };
      }
    },
    open: () => (dbUrl ? openPostgres(dbUrl) : openPglite(env.TRELLIS_DATA_DIR)),
    async dispose() {
      if (!base || !dbName) return;
      const admin = new pg.Client({ connectionString: base });
      await admin.connect();
      await admin.query(`drop database if exists ${dbName} with (force)`);
      await admin.end();
    },
  };
};
