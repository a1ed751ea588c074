/** Wraps a command: AppErrors become a clear message on stderr and their exit code; no stack traces. */
import { AppError, exitCodeOf, formatAppError } from '@trellis/core';
import { printErr } from './terminal.ts';

export const action =
  <A extends unknown[]>(fn: (...args: A) => Promise<void>) =>
  async (...args: A): Promise<void> => {
    try {
      await fn(...args);
    } catch (err) {
      if (err instanceof AppError) printErr(`error: ${formatAppError(err)}\n`);
      else printErr(`error: unexpected failure: ${(err as Error)?.stack ?? String(err)}\n`);
      process.exitCode = exitCodeOf(err);
    }
  };

/** The caller's clock, read at the edge: today's date in UTC. */
export const today = (): string => new Date().toISOString().slice(0, 10);

export const log = (line: string): void => {
  printErr(`${line}\n`);
};
