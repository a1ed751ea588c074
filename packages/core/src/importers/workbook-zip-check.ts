/**
 * An .xlsx is a zip, and a zip can unpack to a thousand times its size: 2 MB of shared strings that
 * inflate to 800 MB took the server down. Before a workbook is read, this walks its zip and inflates
 * every part into a counter (nothing is kept), refusing the workbook once one part or all of them
 * together unpack to more than the limits, or its layout is not the plain one Excel writes — so the
 * reader that follows (which streams the same local entries) meets exactly the bytes counted here.
 */
import { createInflateRaw } from 'node:zlib';
import { AppError } from '../errors.ts';

export interface WorkbookLimits {
  /** Parts (files) in the zip. */
  maxEntries: number;
  /** Unpacked bytes of one part the reader keeps in memory (shared strings, styles, workbook). */
  maxCachedPartBytes: number;
  /** Unpacked bytes of all parts together (worksheets are streamed, but still parsed). */
  maxTotalBytes: number;
}

const MiB = 1024 * 1024;

export const WORKBOOK_LIMITS: WorkbookLimits = {
  maxEntries: 2_000,
  maxCachedPartBytes: 128 * MiB,
  maxTotalBytes: 1024 * MiB,
};

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  localOffset: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const DATA_DESCRIPTOR = 0x08074b50;
/** Sizes and offsets of 0xFFFFFFFF mean "see the zip64 record": no workbook we accept needs them. */
const ZIP64 = 0xffffffff;

/** Worksheets are streamed row by row; every other part is read whole into memory. */
const isWorksheet = (name: string) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name);

const mb = (n: number) => `${Math.round(n / MiB)} MB`;

const rejected = (file: string, reason: string) =>
  new AppError('IMPORT_REJECTED', `${file}: not a readable .xlsx workbook, nothing imported`, [
    { file, reason },
  ]);

const tooLarge = (file: string, reason: string) =>
  new AppError(
    'TOO_LARGE',
    `${file}: the workbook unpacks to more than this server reads, nothing imported`,
    [{ file, reason }],
  );

/**
 * The workbook's bytes by position: a file on disk (an upload in the store, a file the CLI names) is
 * read in pieces — its directory from the end, each part through the counter — never held whole.
 */
export interface ZipBytes {
  size: number;
  read(position: number, length: number): Promise<Buffer>;
}

const inMemory = (bytes: Uint8Array): ZipBytes => {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { size: b.length, read: async (position, length) => b.subarray(position, position + length) };
};

/** How much of a part is inflated at a time. */
const PIECE = 1024 * 1024;

const findEndOfDirectory = async (zip: ZipBytes): Promise<number> => {
  // The record is 22 bytes plus a comment of at most 65,535.
  const from = Math.max(0, zip.size - 22 - 65_535);
  const tail = await zip.read(from, zip.size - from);
  for (let p = tail.length - 22; p >= 0; p--) if (tail.readUInt32LE(p) === END_OF_DIRECTORY) return from + p;
  return -1;
};

const readDirectory = async (
  file: string,
  zip: ZipBytes,
  limits: WorkbookLimits,
): Promise<{ entries: ZipEntry[]; start: number }> => {
  const end = await findEndOfDirectory(zip);
  if (end < 0) throw rejected(file, 'no zip directory at the end of the file');
  const record = await zip.read(end, 22);
  const count = record.readUInt16LE(10);
  const size = record.readUInt32LE(12);
  const start = record.readUInt32LE(16);
  if (count === 0xffff || start === ZIP64) throw rejected(file, 'a zip64 archive');
  if (count > limits.maxEntries) throw tooLarge(file, `${count} parts (at most ${limits.maxEntries})`);
  if (start + size > end) throw rejected(file, 'the zip directory points past its end');
  const bytes = await zip.read(start, end - start);
  const entries: ZipEntry[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL_HEADER)
      throw rejected(file, 'a damaged zip directory');
    const nameLength = bytes.readUInt16LE(p + 28);
    const entry: ZipEntry = {
      flags: bytes.readUInt16LE(p + 8),
      method: bytes.readUInt16LE(p + 10),
      compressedSize: bytes.readUInt32LE(p + 20),
      localOffset: bytes.readUInt32LE(p + 42),
      name: bytes.toString('utf8', p + 46, p + 46 + nameLength),
    };
    if (entry.compressedSize === ZIP64 || entry.localOffset === ZIP64)
      throw rejected(file, 'a zip64 archive');
    entries.push(entry);
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  return { entries, start };
};

/**
 * The local entries must follow one another from the first byte to the directory, each the one the
 * directory names: a streaming reader sees the local headers, so no entry may hide between them.
 */
const dataRanges = async (file: string, zip: ZipBytes, entries: ZipEntry[], directoryStart: number) => {
  const ranges: { entry: ZipEntry; from: number; to: number }[] = [];
  let p = 0;
  for (const entry of [...entries].sort((a, b) => a.localOffset - b.localOffset)) {
    const header = entry.localOffset === p && p + 30 <= directoryStart ? await zip.read(p, 30) : undefined;
    if (!header || header.readUInt32LE(0) !== LOCAL_HEADER)
      throw rejected(file, `part ${entry.name} is not where the zip directory says`);
    const nameLength = header.readUInt16LE(26);
    if ((await zip.read(p + 30, nameLength)).toString('utf8') !== entry.name)
      throw rejected(file, `part ${entry.name} is named differently in its own header`);
    const from = p + 30 + nameLength + header.readUInt16LE(28);
    const to = from + entry.compressedSize;
    if (to > directoryStart) throw rejected(file, `part ${entry.name} runs past the end of the data`);
    p = to;
    // Bit 3: sizes follow the data in a descriptor (12 bytes, or 16 with its optional signature).
    if (entry.flags & 0x8)
      p += p + 4 <= directoryStart && (await zip.read(p, 4)).readUInt32LE(0) === DATA_DESCRIPTOR ? 16 : 12;
    ranges.push({ entry, from, to });
  }
  if (p !== directoryStart) throw rejected(file, 'bytes between the last part and the zip directory');
  return ranges;
};

/**
 * Inflates bytes `from`–`to` into a counter, piece by piece, stopping as soon as it passes `limit`;
 * returns the bytes counted.
 */
const inflatedSize = async (zip: ZipBytes, from: number, to: number, limit: number): Promise<number> => {
  const inflate = createInflateRaw();
  let total = 0;
  const counted = new Promise<number>((resolve, reject) => {
    inflate.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        inflate.destroy();
        resolve(total);
      }
    });
    inflate.on('end', () => resolve(total));
    inflate.on('error', reject);
  });
  // Observed now: an error while pieces are still being read is answered below, not left unhandled.
  counted.catch(() => {});
  for (let p = from; p < to && total <= limit && !inflate.destroyed; p += PIECE) {
    const piece = await zip.read(p, Math.min(PIECE, to - p));
    // Waits for the inflater to take the piece: at most one piece is held at a time.
    if (!inflate.write(piece))
      await new Promise((resolve) => inflate.once('drain', resolve).once('close', resolve));
  }
  if (!inflate.destroyed) inflate.end();
  return counted;
};

/** Throws TOO_LARGE (413) or IMPORT_REJECTED (422) unless the workbook unpacks within `limits`. */
export const checkWorkbookZip = async (
  file: string,
  bytes: Uint8Array | ZipBytes,
  limits: WorkbookLimits = WORKBOOK_LIMITS,
): Promise<void> => {
  const zip = bytes instanceof Uint8Array ? inMemory(bytes) : bytes;
  if (zip.size < 22) throw rejected(file, 'too short to be a zip');
  const { entries, start } = await readDirectory(file, zip, limits);
  let total = 0;
  for (const { entry, from, to } of await dataRanges(file, zip, entries, start)) {
    const partLimit = isWorksheet(entry.name) ? limits.maxTotalBytes : limits.maxCachedPartBytes;
    const limit = Math.min(partLimit, limits.maxTotalBytes - total);
    let size: number;
    if (entry.method === 0) size = to - from;
    else if (entry.method === 8) {
      size = await inflatedSize(zip, from, to, limit).catch(() => {
        throw rejected(file, `part ${entry.name} does not unpack`);
      });
    } else throw rejected(file, `part ${entry.name} is packed with an unknown method (${entry.method})`);
    if (size > partLimit) throw tooLarge(file, `part ${entry.name} unpacks to more than ${mb(partLimit)}`);
    total += size;
    if (total > limits.maxTotalBytes)
      throw tooLarge(file, `its parts unpack to more than ${mb(limits.maxTotalBytes)}`);
  }
};
