/** The header and the first rows of a file, for --infer (title lines above the header are skipped). */
import type { CsvSource } from '../csv-source.ts';
import { readCsvRecords } from '../read-csv-records.ts';
import { readXlsxRecords } from '../read-xlsx-records.ts';

const ENOUGH = Symbol('enough rows');

export const sampleRecords = async (
  source: CsvSource,
  rows = 200,
  sheet?: string,
): Promise<{ header: string[]; sample: string[][] }> => {
  let header: string[] | undefined;
  const sample: string[][] = [];
  try {
    const read =
      source.format === 'xlsx'
        ? (src: CsvSource, handle: Parameters<typeof readXlsxRecords>[1]) =>
            readXlsxRecords(src, handle, sheet)
        : readCsvRecords;
    await read(source, (cells) => {
      // The header is the first line with two or more values (a report's title has one).
      if (!header) {
        if (cells.filter((c) => c.trim()).length >= 2) header = cells;
        return undefined;
      }
      sample.push(cells);
      if (sample.length >= rows) throw ENOUGH;
      return undefined;
    });
  } catch (err) {
    if (err !== ENOUGH) throw err;
  }
  return { header: header ?? [], sample };
};
