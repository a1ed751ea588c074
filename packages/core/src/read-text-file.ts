import { readFileSync } from 'node:fs';
import { AppError } from './errors.ts';

/** A text read from somewhere (a file, an upload), with the name messages should call it by. */
export interface TextSource {
  name: string;
  text: string;
}

/** Reads a UTF-8 file; `what` names it in the error ("Brief not found: brief.yaml"). */
export const readTextFile = (file: string, what: string): TextSource => {
  try {
    return { name: file, text: readFileSync(file, 'utf8') };
  } catch {
    throw new AppError('INVALID_INPUT', `${what} not found: ${file}`, [
      { file, reason: 'file not found or unreadable' },
    ]);
  }
};
