/**
 * Content-addressed file storage under the data directory, one area per org: a file is stored once
 * per org under its sha256 (`<dir>/orgs/<org>/ab/abcdef…`), written to a temporary name first so a
 * reader never sees half a file. Per org, because row-level security lets a request see only its
 * own org's records: whether a blob is still needed can be answered only inside the org, so only
 * the org's own copy may be removed. Blobs stored before the split (`<dir>/ab/abcdef…`, possibly
 * shared by orgs) are still read, and never removed.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../errors.ts';

/**
 * Bytes received into the org's area under a temporary name, their sha256 and size counted on the
 * way: checks read them at `path` before they are kept (or discarded, leaving nothing behind).
 */
export interface ReceivedBlob {
  sha256: string;
  size: number;
  path: string;
  /** Streams the received bytes back (a check that reads them without holding the file in memory). */
  read(): AsyncIterable<Uint8Array>;
  /** Moves them to their place in the store (its sha256); the caller holds whatever lock it needs. */
  keep(): void;
  discard(): void;
}

export interface BlobStore {
  /** Stores the bytes for the org (a no-op when its copy exists); returns their sha256. */
  put(org: string, bytes: Uint8Array): string;
  /**
   * Writes a stream for the org without holding it: past `maxBytes` it stops, removes what it wrote
   * and throws TOO_LARGE (413).
   */
  receive(
    org: string,
    chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
    maxBytes: number,
  ): Promise<ReceivedBlob>;
  /** The path of the org's blob, or undefined. */
  path(org: string, sha256: string): string | undefined;
  /** Removes the org's copy. The caller first makes sure no record of the org still names it. */
  remove(org: string, sha256: string): void;
  /**
   * Removes temporary files last written before `before` (ms since the epoch): what a process that
   * died while receiving left behind. Returns how many. Instances that share the directory may be
   * receiving right now, so only files older than any upload can take are swept.
   */
  sweepTemporary(before: number): number;
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const SHA = /^[0-9a-f]{64}$/;
/** Org ids are slugs (sql-client.ts); checked again because they become a directory name. */
const ORG = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const blobStore = (dir: string): BlobStore => {
  const orgDir = (org: string) => {
    if (!ORG.test(org)) throw new Error(`invalid org id for the blob store: ${JSON.stringify(org)}`);
    return join(dir, 'orgs', org);
  };
  const where = (base: string, sha: string) => join(base, sha.slice(0, 2), sha);
  return {
    put(org, bytes) {
      const sha = sha256Of(bytes);
      const file = where(orgDir(org), sha);
      if (!existsSync(file)) {
        mkdirSync(join(orgDir(org), sha.slice(0, 2)), { recursive: true });
        const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
        writeFileSync(tmp, bytes);
        renameSync(tmp, file);
      }
      return sha;
    },
    async receive(org, chunks, maxBytes) {
      mkdirSync(orgDir(org), { recursive: true });
      const tmp = join(orgDir(org), `${randomBytes(6).toString('hex')}.tmp`);
      const hash = createHash('sha256');
      let size = 0;
      async function* counted() {
        for await (const chunk of chunks) {
          size += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
          if (size > maxBytes)
            throw new AppError('TOO_LARGE', `The file is larger than ${Math.round(maxBytes / 1e6)} MB`);
          hash.update(chunk);
          yield chunk;
        }
      }
      try {
        await pipeline(counted, createWriteStream(tmp));
      } catch (err) {
        rmSync(tmp, { force: true });
        throw err;
      }
      const sha = hash.digest('hex');
      return {
        sha256: sha,
        size,
        path: tmp,
        read: () => createReadStream(tmp),
        keep() {
          mkdirSync(join(orgDir(org), sha.slice(0, 2)), { recursive: true });
          renameSync(tmp, where(orgDir(org), sha));
        },
        discard: () => rmSync(tmp, { force: true }),
      };
    },
    path(org, sha) {
      if (!SHA.test(sha)) return undefined;
      return [where(orgDir(org), sha), where(dir, sha)].find((f) => existsSync(f));
    },
    remove(org, sha) {
      if (SHA.test(sha)) rmSync(where(orgDir(org), sha), { force: true });
    },
    sweepTemporary(before) {
      const root = join(dir, 'orgs');
      if (!existsSync(root)) return 0;
      let swept = 0;
      for (const entry of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
        if (!entry.endsWith('.tmp')) continue;
        const file = join(root, entry);
        const written = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
        if (written !== undefined && written < before) {
          rmSync(file, { force: true });
          swept++;
        }
      }
      return swept;
    },
  };
};
