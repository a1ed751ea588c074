/**
 * The evidence file types Trellis accepts, and a check of the first bytes against the declared
 * type (a renamed executable is not a PDF). Text types must be UTF-8 without NUL bytes.
 */
import { AppError } from '../../errors.ts';

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Text is UTF-8 without NUL bytes, checked chunk by chunk (a character may span two chunks). */
const isText = async (chunks: AsyncIterable<Uint8Array>) => {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of chunks) {
      if (chunk.includes(0)) return false;
      decoder.decode(chunk, { stream: true });
    }
    decoder.decode();
    return true;
  } catch {
    return false;
  }
};

/** The first bytes of a file, where the binary formats' signatures are. */
const HEAD_BYTES = 16;
const headOf = async (chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> => {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    size += chunk.byteLength;
    if (size >= HEAD_BYTES) break;
  }
  return Buffer.concat(parts).subarray(0, HEAD_BYTES);
};

/** A signature check on the first bytes. */
const signature =
  (check: (head: Uint8Array) => boolean) =>
  async (chunks: AsyncIterable<Uint8Array>): Promise<boolean> =>
    check(await headOf(chunks));

/** content type → the check its bytes must pass. */
export const evidenceTypes: Record<string, (bytes: AsyncIterable<Uint8Array>) => Promise<boolean>> = {
  'application/pdf': signature((b) => startsWith(b, 0x25, 0x50, 0x44, 0x46)), // %PDF
  'image/png': signature((b) => startsWith(b, 0x89, 0x50, 0x4e, 0x47)),
  'image/jpeg': signature((b) => startsWith(b, 0xff, 0xd8, 0xff)),
  'image/webp': signature(
    (b) => startsWith(b, 0x52, 0x49, 0x46, 0x46) && startsWith(b.subarray(8), 0x57, 0x45, 0x42, 0x50),
  ),
  'video/mp4': signature((b) => startsWith(b.subarray(4), 0x66, 0x74, 0x79, 0x70)), // ....ftyp
  'video/webm': signature((b) => startsWith(b, 0x1a, 0x45, 0xdf, 0xa3)),
  'application/zip': signature((b) => startsWith(b, ...ZIP)),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': signature((b) =>
    startsWith(b, ...ZIP),
  ),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': signature((b) =>
    startsWith(b, ...ZIP),
  ),
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': signature((b) =>
    startsWith(b, ...ZIP),
  ),
  'text/plain': isText,
  'text/markdown': isText,
  'text/csv': isText,
  'application/json': isText,
};

/**
 * The declared type, checked against the file's bytes (read from `read`, never held whole): an
 * accepted type, not empty, and bytes that are what the type says.
 */
export const checkEvidenceType = async (
  contentType: string,
  file: { size: number; read(): AsyncIterable<Uint8Array> },
): Promise<string> => {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  const check = evidenceTypes[type];
  if (!check)
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Evidence files of type ${type || 'unknown'} are not accepted`,
      [{ field: 'file', reason: `accepted types: ${Object.keys(evidenceTypes).join(', ')}` }],
    );
  if (file.size === 0)
    throw new AppError('INVALID_INPUT', 'The file is empty', [{ field: 'file', reason: 'empty' }]);
  if (!(await check(file.read())))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `The file's content is not ${type}`, [
      { field: 'file', reason: `declared ${type}, but its bytes do not match that type` },
    ]);
  return type;
};
