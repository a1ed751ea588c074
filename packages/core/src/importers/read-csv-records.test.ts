import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { type CsvSource, csvText } from './csv-source.ts';
import { readCsvRecords } from './read-csv-records.ts';

const csvFile = (name: string, text: string) => csvText(name, text);

const readAll = async (file: CsvSource) => {
  const seen: Array<[number, string[]]> = [];
  await readCsvRecords(file, (cells, line) => {
    seen.push([line, cells]);
    return undefined;
  });
  return seen;
};

describe('readCsvRecords', () => {
  it('reports the physical line each record starts on, past blank lines and multi-line cells', async () => {
    const file = csvFile('lines.csv', '\ufeffa,b\n1,2\n\n3,"x\ny\nz"\n  \n4 , 5\n6,7');
    expect(await readAll(file)).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [4, ['3', 'x\ny\nz']],
      [8, ['4 ', ' 5']],
      [9, ['6', '7']],
    ]);
  });

  it('handles CRLF line endings', async () => {
    const file = csvFile('crlf.csv', 'a,b\r\n1,"two\r\nlines"\r\n3,4\r\n');
    expect((await readAll(file)).map(([line]) => line)).toEqual([1, 2, 4]);
  });

  it('waits for a handler that returns a promise', async () => {
    const file = csvFile('wait.csv', 'a\n1\n2\n');
    const order: string[] = [];
    await readCsvRecords(file, async (cells) => {
      await new Promise((r) => setTimeout(r, 5));
      order.push(cells[0]!);
    });
    expect(order).toEqual(['a', '1', '2']);
  });

  it('turns a CSV syntax error into IMPORT_REJECTED naming the file and line', async () => {
    const file = csvFile('bad.csv', 'a,b\n1,2\n3,x"y"\n');
    const err = await readAll(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('IMPORT_REJECTED');
    expect((err as AppError).message).toBe(`bad.csv: the CSV is malformed, nothing imported`);
    expect((err as AppError).issues[0]).toMatchObject({ file: 'bad.csv', line: 3 });
  });
});
