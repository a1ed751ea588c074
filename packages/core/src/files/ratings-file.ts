/**
 * Reads long-format ratings (`unit,rater,value`, one row per rating; a missing rating is an absent
 * row) for a calibration exercise, strictly: every problem is collected and answered at once as one
 * INVALID_INPUT naming the file, line and column — a value that is not a number for ordinal or
 * interval data, an empty cell, a rater rating a unit twice, a missing column. Decoding, delimiter
 * and quoting are the import pipeline's (`readCsvRecords`).
 */
import { z } from 'zod';
import type { MeasurementLevel, Rating } from '../domain/calibration/rating.ts';
import { ratingProblems } from '../domain/calibration/rating-problems.ts';
import { AppError, type Issue } from '../errors.ts';
import type { CsvSource } from '../importers/csv-source.ts';
import { readCsvRecords } from '../importers/read-csv-records.ts';
import { csvFile } from './csv-file.ts';

const COLUMNS = ['unit', 'rater', 'value'] as const;

/** A plain decimal number (no thousands separator, no unit): what ordinal and interval values are. */
const numberCell = z
  .string()
  .regex(/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/, 'is not a number')
  .transform(Number)
  .refine(Number.isFinite, 'is too large');

type Column = (typeof COLUMNS)[number];

/** Where each column sits in the header (any order, any case); a missing one is INVALID_INPUT. */
const columnsOf = (file: string, line: number, header: string[]): Record<Column, number> => {
  const names = header.map((c) => c.toLowerCase());
  const missing = COLUMNS.filter((c) => !names.includes(c));
  if (missing.length)
    throw new AppError(
      'INVALID_INPUT',
      `${file}: the header must name the columns unit, rater and value (missing: ${missing.join(', ')})`,
      missing.map((column) => ({ file, line, column, reason: 'column missing from the header' })),
    );
  return { unit: names.indexOf('unit'), rater: names.indexOf('rater'), value: names.indexOf('value') };
};

/** One row as a rating, or the problems of its cells (the duplicate check comes after, on all rows). */
const ratingOf = (
  cell: (c: Column) => string,
  level: MeasurementLevel,
  where: { file: string; line: number },
): Rating | Issue[] => {
  // A NUL would make two raters of one name look the same on screen (and never belongs in text).
  const nul = COLUMNS.filter((c) => cell(c).includes('\u0000'));
  if (nul.length) return nul.map((column) => ({ ...where, column, reason: 'contains a NUL byte' }));
  const empty = COLUMNS.filter((c) => cell(c) === '');
  if (empty.length)
    return empty.map((column) => ({
      ...where,
      column,
      reason: column === 'value' ? 'empty (leave the row out for a missing rating)' : 'empty',
    }));
  const raw = cell('value');
  const parsed = level === 'nominal' ? { success: true as const, data: raw } : numberCell.safeParse(raw);
  if (!parsed.success)
    return [
      {
        ...where,
        column: 'value',
        value: raw,
        reason: `"${raw}" ${parsed.error.issues[0]!.message} (${level} ratings are numbers)`,
      },
    ];
  return { unit: cell('unit'), rater: cell('rater'), value: parsed.data };
};

export const readRatings = async (src: CsvSource, level: MeasurementLevel): Promise<Rating[]> => {
  const file = src.name;
  const ratings: Rating[] = [];
  const lines: number[] = [];
  const issues: Issue[] = [];
  let at: Record<Column, number> | undefined;
  await readCsvRecords(src, (cells, line) => {
    const trimmed = cells.map((c) => c.trim());
    if (!at) at = columnsOf(file, line, trimmed);
    else {
      const columns = at;
      const rating = ratingOf((c) => trimmed[columns[c]] ?? '', level, { file, line });
      if (Array.isArray(rating)) issues.push(...rating);
      else {
        ratings.push(rating);
        lines.push(line);
      }
    }
    return undefined;
  });
  if (!at)
    throw new AppError('INVALID_INPUT', `${file}: the file is empty; its header must be unit,rater,value`, [
      { file, reason: 'no header' },
    ]);
  for (const p of ratingProblems(ratings, level))
    issues.push({
      file,
      line: lines[p.index],
      column: p.field,
      reason: p.firstIndex === undefined ? p.reason : `${p.reason} (first on line ${lines[p.firstIndex]})`,
    });
  if (issues.length) {
    issues.sort((a, b) => a.line! - b.line!);
    throw new AppError(
      'INVALID_INPUT',
      `${file}: ${issues.length} problem${issues.length === 1 ? '' : 's'} in the ratings, nothing computed`,
      issues,
    );
  }
  return ratings;
};

/** Reads a ratings CSV file (the CLI's door); a missing file is INVALID_INPUT naming it. */
export const readRatingsFile = async (file: string, level: MeasurementLevel): Promise<Rating[]> =>
  readRatings(await csvFile(file), level);
