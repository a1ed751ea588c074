import type { CellValue } from './cell-parsers.ts';

/** Rows waiting to be staged, held column by column: one array per column, plus the line numbers. */
export class StageBatch {
  readonly lines: number[] = [];
  readonly columns: CellValue[][];

  constructor(width: number) {
    this.columns = Array.from({ length: width }, () => []);
  }

  get size(): number {
    return this.lines.length;
  }
}
