/**
 * A CSV to import, as the door delivers it: the CLI opens a file, the server hands over an upload.
 * Importers never see a path. `name` is what messages call it (a file path or an upload's name).
 */
export interface CsvSource {
  name: string;
  /** Opens the bytes (called once per import). */
  open(): AsyncIterable<Uint8Array | string>;
  /** Size in bytes when known, for progress. */
  size?: number;
  /** An Excel workbook rather than delimited text (detected by name or first bytes). */
  format?: 'csv' | 'xlsx';
  /**
   * Bytes by position, for a source on disk: a workbook's zip is checked from its end (the
   * directory) without holding the file. Absent, the workbook is read whole first.
   */
  readAt?(position: number, length: number): Promise<Buffer>;
}

/** One source per entity to import (partners first when imported together). */
export type EntitySources = Partial<Record<import('./entity-name.ts').EntityName, CsvSource>>;

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/** A CSV already in memory (API bodies, tests). */
export const csvText = (name: string, text: string | Uint8Array): CsvSource => ({
  name,
  size: typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength,
  format: typeof text !== 'string' && (isZip(text) || /\.xlsx$/i.test(name)) ? 'xlsx' : 'csv',
  async *open() {
    yield text;
  },
});
