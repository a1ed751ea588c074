/**
 * A file on disk as an import source: streamed from its start for reading, and read by position
 * for a workbook's zip check — so neither a CLI file nor a stored upload is held whole in memory.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { CsvSource } from '../importers/csv-source.ts';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

const readAt =
  (path: string) =>
  async (position: number, length: number): Promise<Buffer> => {
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buffer, 0, length, position);
      return buffer.subarray(0, bytesRead);
    } finally {
      await handle.close();
    }
  };

/** `name` is what messages call it (the path the user typed, an upload's file name). */
export const fileSource = async (name: string, path: string, size: number): Promise<CsvSource> => {
  const read = readAt(path);
  const xlsx = /\.xlsx$/i.test(name) || (await read(0, 4)).equals(ZIP_MAGIC);
  return { name, size, format: xlsx ? 'xlsx' : 'csv', open: () => createReadStream(path), readAt: read };
};
