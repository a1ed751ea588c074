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
}

/** A CSV already in memory (API bodies, tests). */
export const csvText = (name: string, text: string | Uint8Array): CsvSource => ({
  name,
  size: typeof text === 'string' ? Buffer.byteLength(text) : text.byteLength,
  async *open() {
    yield text;
  },
});
