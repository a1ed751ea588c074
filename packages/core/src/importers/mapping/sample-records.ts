/** The header and the first rows of a file, for --infer (title lines above the header are skipped). */
import type { CsvSource } from '../csv-source.ts';
import { type CsvForm, readCsvRecords } from '../read-csv-records.ts';
import { readXlsxRecords } from '../read-xlsx-records.ts';

const ENOUGH = Symbol('enough rows');

export interface SampledRecords extends CsvForm {
  header: string[];
  sample: string[][];
}

export const sampleRecords = async (
  source: CsvSource,
  rows = 200,
  sheet?: string,
): Promise<SampledRecords> => {
  let header: string[] | undefined;
  const sample: string[][] = [];
  // A workbook has no text form; a CSV's is known once its first bytes are read.
  let form: CsvForm =
    source.format === 'xlsx' ? { encoding: 'xlsx', delimiter: '' } : { encoding: 'utf-8', delimiter: ',' };
  const handle = (cells: string[]) => {
    // The header is the first line with two or more values (a report's title has one).
    if (!header) {
      if (cells.filter((c) => c.trim()).length >= 2) header = cells;
      return undefined;
    }
    sample.push(cells);
    if (sample.length >= rows) throw ENOUGH;
    return undefined;
  };
  try {
    if (source.format === 'xlsx') await readXlsxRecords(source, handle, sheet);
    else
      await readCsvRecords(source, handle, undefined, (f) => {
        form = { ...f };
      });
  } catch (err) {
    if (err !== ENOUGH) throw err;
  }
  return { ...form, header: header ?? [], sample };
};
