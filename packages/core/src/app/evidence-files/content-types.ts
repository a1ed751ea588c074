/**
 * The evidence file types Trellis accepts, and a check of the first bytes against the declared
 * type (a renamed executable is not a PDF). Text types must be UTF-8 without NUL bytes.
 */
import { AppError } from '../../errors.ts';

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const isText = (bytes: Uint8Array) => {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** content type → the check its bytes must pass. */
export const evidenceTypes: Record<string, (b: Uint8Array) => boolean> = {
  'application/pdf': (b) => startsWith(b, 0x25, 0x50, 0x44, 0x46), // %PDF
  'image/png': (b) => startsWith(b, 0x89, 0x50, 0x4e, 0x47),
  'image/jpeg': (b) => startsWith(b, 0xff, 0xd8, 0xff),
  'image/webp': (b) =>
    startsWith(b, 0x52, 0x49, 0x46, 0x46) && startsWith(b.subarray(8), 0x57, 0x45, 0x42, 0x50),
  'video/mp4': (b) => startsWith(b.subarray(4), 0x66, 0x74, 0x79, 0x70), // ....ftyp
  'video/webm': (b) => startsWith(b, 0x1a, 0x45, 0xdf, 0xa3),
  'application/zip': (b) => startsWith(b, ...ZIP),
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': (b) => startsWith(b, ...ZIP),
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': (b) => startsWith(b, ...ZIP),
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': (b) => startsWith(b, ...ZIP),
  'text/plain': isText,
  'text/markdown': isText,
  'text/csv': isText,
  'application/json': isText,
};

export const checkEvidenceType = (contentType: string, bytes: Uint8Array): string => {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  const check = evidenceTypes[type];
  if (!check)
    throw new AppError(
      'UNSUPPORTED_MEDIA_TYPE',
      `Evidence files of type ${type || 'unknown'} are not accepted`,
      [{ field: 'file', reason: `accepted types: ${Object.keys(evidenceTypes).join(', ')}` }],
    );
  if (bytes.byteLength === 0)
    throw new AppError('INVALID_INPUT', 'The file is empty', [{ field: 'file', reason: 'empty' }]);
  if (!check(bytes))
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', `The file's content is not ${type}`, [
      { field: 'file', reason: `declared ${type}, but its bytes do not match that type` },
    ]);
  return type;
};
