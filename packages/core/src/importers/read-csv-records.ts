import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { AppError } from '../errors.ts';
import type { CsvSource } from './csv-source.ts';
import { decodeText, detectDelimiter, InvalidText, type TextEncoding } from './text-decoding.ts';

/** Called per non-blank record with its cells (untrimmed) and the 1-based physical line it starts on. */
export type RecordHandler = (cells: string[], line: number) => Promise<void> | undefined;

/** Called as bytes are consumed (for progress reports). */
export type BytesHandler = (bytes: number) => void;

/** What reading found out about the file's form. */
export interface CsvForm {
  /** A text encoding, or "xlsx" for a workbook. */
  encoding: TextEncoding | 'xlsx';
  delimiter: string;
}

/** The first chunk, then the rest: lets the delimiter be read off the first line before parsing. */
async function* prepend(first: string, rest: AsyncIterator<string>): AsyncGenerator<string> {
  yield first;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

const countNewlines = (cells: string[]): number => {
  let n = 0;
  for (const cell of cells) {
    for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++;
  }
  return n;
};

const isBlank = (cells: string[]) => cells.length === 1 && cells[0]?.trim() === '';

/**
 * Streams a CSV source through csv-parse, record by record, waiting for the handler when it returns
 * a promise (that is the back-pressure). Line numbers are counted here rather than taken from
 * csv-parse's `info`, which costs an object per record: a record starts one line after the previous
 * one ended, and quoted cells may span lines. Blank lines are skipped but still counted.
 * The encoding and delimiter are detected (text-decoding.ts). A CSV syntax error, or bytes that
 * are not valid in the detected encoding, become an IMPORT_REJECTED `AppError` naming the source
 * and line (for an unclosed quote, the line the quoted cell opens on).
 */
export const readCsvRecords = async (
  src: CsvSource,
  handle: RecordHandler,
  onBytes?: BytesHandler,
  /** Told the form as soon as it is known (before the first record), for readers that stop early. */
  onForm?: (form: CsvForm) => void,
): Promise<CsvForm> => {
  const file = src.name;
  let bytes = 0;
  async function* counted() {
    for await (const chunk of src.open()) {
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
      onBytes?.(bytes);
      yield chunk;
    }
  }
  const form: CsvForm = { encoding: 'utf-8', delimiter: ',' };
  const texts = decodeText(counted(), (e) => {
    form.encoding = e;
  });
  let line = 1;
  const fail = (at: number | undefined, reason: string) =>
    new AppError('IMPORT_REJECTED', `${file}: the CSV is malformed, nothing imported`, [
      { file, line: at, reason },
    ]);
  let first: IteratorResult<string>;
  try {
    first = await texts.next();
  } catch (err) {
    if (err instanceof InvalidText)
      throw fail(err.line, `${err.message} (the start of the file is ${err.encoding}); save it as UTF-8`);
    throw err;
  }
  if (first.done) return form;
  form.delimiter = detectDelimiter(first.value);
  onForm?.(form);
  const source = Readable.from(prepend(first.value, texts), { objectMode: false });
  // The line the last complete record ended on (csv-parse's own counter; no object per record).
  let lastEnd = 0;
  const parser = source.pipe(
    parse({
      relax_column_count: true,
      delimiter: form.delimiter,
      on_record: (record: string[], context: { lines: number }) => {
        lastEnd = context.lines;
        return record;
      },
    }),
  );
  source.on('error', (err) => parser.destroy(err)); // pipe() does not pass a decoding error on
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      const start = line;
      line += 1 + countNewlines(cells);
      if (isBlank(cells)) continue;
      const pending = handle(cells, start);
      if (pending !== undefined) await pending;
    }
  } catch (err) {
    if (err instanceof InvalidText)
      throw fail(err.line, `${err.message} (the start of the file is ${err.encoding}); save it as UTF-8`);
    if (!(err instanceof CsvError)) throw err;
    // An unclosed quote runs to the end of the file: the record it belongs to starts at `line`.
    if (err.code === 'CSV_QUOTE_NOT_CLOSED')
      throw fail(lastEnd + 1, 'a quoted cell opens on this line and is never closed (a missing ")');
    throw fail(typeof err.lines === 'number' ? err.lines : undefined, err.message);
  } finally {
    parser.destroy();
    source.destroy();
  }
  return form;
};
