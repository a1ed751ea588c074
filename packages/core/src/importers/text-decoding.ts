/**
 * The text of an uploaded or exported CSV, whatever encoding it came in: UTF-8 (with or without a
 * BOM), UTF-16 LE/BE as Excel writes it (with a BOM, or recognised by its zero bytes) or
 * Windows-1252 (the encoding a file that is not valid UTF-8 is taken to be). Never silently
 * mis-decoded: a file that starts as UTF-8 and later holds bytes that are not is refused.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How much of the start of a file decides its encoding. */
const SNIFF_BYTES = 64 * 1024;

const startsWith = (b: Uint8Array, ...sig: number[]) => sig.every((x, i) => b[i] === x);

/** The encoding of a file from its first bytes (`complete`: they are the whole file). */
export const sniffEncoding = (head: Uint8Array): TextEncoding => {
  if (startsWith(head, 0xef, 0xbb, 0xbf)) return 'utf-8';
  if (startsWith(head, 0xff, 0xfe)) return 'utf-16le';
  if (startsWith(head, 0xfe, 0xff)) return 'utf-16be';
  // UTF-16 without a BOM: text in the Latin range has a zero in every other byte.
  const n = Math.min(head.length, 1024) & ~1;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenZero++;
    if (head[i + 1] === 0) oddZero++;
  }
  if (n >= 4 && oddZero > n / 4 && evenZero === 0) return 'utf-16le';
  if (n >= 4 && evenZero > n / 4 && oddZero === 0) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
};

/** Thrown when bytes after the sniffed start are not valid in the detected encoding. */
export class InvalidText extends Error {
  constructor(
    readonly encoding: TextEncoding,
    /** The physical line (1-based) the first invalid byte is on. */
    readonly line: number,
  ) {
    super(`bytes that are not valid ${encoding}`);
  }
}

/** The offset of the first byte that does not belong to a valid UTF-8 sequence (or the length). */
const firstInvalidUtf8 = (b: Uint8Array): number => {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n =
      c < 0x80
        ? 0
        : c >= 0xc2 && c <= 0xdf
          ? 1
          : c >= 0xe0 && c <= 0xef
            ? 2
            : c >= 0xf0 && c <= 0xf4
              ? 3
              : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k < b.length && (b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
};

const newlines = (b: Uint8Array, end = b.length): number => {
  let n = 0;
  for (let i = 0; i < end; i++) if (b[i] === 0x0a) n++;
  return n;
};

const toBytes = (chunk: Uint8Array | string): Uint8Array =>
  typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;

/**
 * Decodes a byte stream to text chunks; `onEncoding` learns the encoding before the first chunk.
 * The BOM, if any, is dropped.
 */
export async function* decodeText(
  chunks: AsyncIterable<Uint8Array | string>,
  onEncoding: (e: TextEncoding) => void,
): AsyncGenerator<string> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const bytes = toBytes(next.value);
    head.push(bytes);
    size += bytes.byteLength;
  }
  const first = Buffer.concat(head);
  const encoding = sniffEncoding(first.subarray(0, SNIFF_BYTES));
  onEncoding(encoding);
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  let linesBefore = 0;
  const decode = (bytes: Uint8Array, stream: boolean) => {
    try {
      const text = decoder.decode(bytes, { stream });
      linesBefore += newlines(bytes);
      return text;
    } catch {
      throw new InvalidText(encoding, 1 + linesBefore + newlines(bytes, firstInvalidUtf8(bytes)));
    }
  };
  const text = decode(first, !done);
  if (text) yield text;
  if (done) return;
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    const out = decode(toBytes(next.value), true);
    if (out) yield out;
  }
  const rest = decode(new Uint8Array(), false);
  if (rest) yield rest;
}

/** The field delimiter of a CSV from its first line: the most frequent of , ; tab | outside quotes. */
export const detectDelimiter = (text: string): string => {
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
    ['|', 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
};
