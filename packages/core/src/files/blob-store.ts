/**
 * Content-addressed file storage under the data directory: a file is stored once under its sha256
 * (`<dir>/ab/abcdef…`), written to a temporary name first so a reader never sees half a file.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BlobStore {
  put(bytes: Uint8Array): string;
  /** The path of a stored blob, or undefined. */
  path(sha256: string): string | undefined;
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export const blobStore = (dir: string): BlobStore => {
  const where = (sha: string) => join(dir, sha.slice(0, 2), sha);
  return {
    put(bytes) {
      const sha = sha256Of(bytes);
      const file = where(sha);
      if (!existsSync(file)) {
        mkdirSync(join(dir, sha.slice(0, 2)), { recursive: true });
        const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
        writeFileSync(tmp, bytes);
        renameSync(tmp, file);
      }
      return sha;
    },
    path(sha) {
      if (!/^[0-9a-f]{64}$/.test(sha)) return undefined;
      const file = where(sha);
      return existsSync(file) ? file : undefined;
    },
  };
};
