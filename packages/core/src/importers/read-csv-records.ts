import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { AppError } from '../errors.ts';
import type { CsvSource } from './csv-source.ts';

/** Called per non-blank record with its cells (untrimmed) and the 1-based physical line it starts on. */
export type RecordHandler = (cells: string[], line: number) => Promise<void> | undefined;

/** Called as bytes are consumed (for progress reports). */
export type BytesHandler = (bytes: number) => void;

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
 * A CSV syntax error becomes an IMPORT_REJECTED `AppError` naming the source and line.
 */
export const readCsvRecords = async (
  src: CsvSource,
  handle: RecordHandler,
  onBytes?: BytesHandler,
): Promise<void> => {
  const file = src.name;
  const source = Readable.from(src.open(), { objectMode: false });
  if (onBytes) {
    let bytes = 0;
    source.on('data', (chunk: Uint8Array | string) => {
      bytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
      onBytes(bytes);
    });
  }
  const parser = source.pipe(parse({ bom: true, relax_column_count: true }));
  let line = 1;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      const start = line;
      line += 1 + countNewlines(cells);
      if (isBlank(cells)) continue;
      const pending = handle(cells, start);
      if (pending !== undefined) await pending;
    }
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const issue = { file, line: typeof err.lines === 'number' ? err.lines : undefined, reason: err.message };
    throw new AppError('IMPORT_REJECTED', `${file}: the CSV is malformed, nothing imported`, [issue]);
  } finally {
    parser.destroy();
    source.destroy();
  }
};
