import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { csvText } from './csv-source.ts';
import { readCsvRecords } from './read-csv-records.ts';

const TEXT =
  'external_id,name,region\nP-1,Zürich Partners,EMEA\nP-2,"Crème, Brûlée & Co",EMEA\nP-3,Señor Ñandú,LATAM\n';

/** Windows-1252 bytes of a string (its characters are all in Latin-1 here). */
const cp1252 = (s: string) => Buffer.from(s, 'latin1');
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};

const read = async (bytes: Uint8Array) => {
  const rows: string[][] = [];
  const form = await readCsvRecords(csvText('f.csv', bytes), (cells) => {
    rows.push(cells);
    return undefined;
  });
  return { rows, form };
};

describe('encodings', () => {
  const encodings: [string, Uint8Array][] = [
    ['utf-8', Buffer.from(TEXT)],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])],
    ['utf-16le with BOM (Excel)', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
    ['utf-16be with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)])],
    ['utf-16le without BOM', Buffer.from(TEXT, 'utf16le')],
    ['windows-1252', cp1252(TEXT)],
  ];

  it.each(encodings)('%s: the same names come out identical', async (_name, bytes) => {
    const expected = (await read(Buffer.from(TEXT))).rows;
    const { rows } = await read(bytes);
    expect(rows).toEqual(expected);
    expect(rows[1]![1]).toBe('Zürich Partners');
    expect(rows[3]![1]).toBe('Señor Ñandú');
  });

  it('reports the encoding it detected', async () => {
    expect((await read(cp1252(TEXT))).form.encoding).toBe('windows-1252');
    expect((await read(Buffer.from(TEXT, 'utf16le'))).form.encoding).toBe('utf-16le');
    expect((await read(Buffer.from(TEXT))).form.encoding).toBe('utf-8');
  });

  it('refuses a file that starts as UTF-8 and later holds invalid bytes, naming the line', async () => {
    const good = `external_id,name\n${Array.from({ length: 5000 }, (_, i) => `P-${i},Partner ${i} ü`).join('\n')}\n`;
    const bytes = Buffer.concat([Buffer.from(good), Buffer.from([0x50, 0x2d, 0x58, 0x2c, 0xff, 0xfe, 0x0a])]);
    const err = await read(bytes).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('IMPORT_REJECTED');
    expect((err as AppError).issues[0]!.reason).toContain('not valid utf-8');
    expect((err as AppError).issues[0]!.line).toBeGreaterThan(4000);
  });
});

describe('delimiters', () => {
  it.each([
    [';', 'external_id;name;region\nP-1;"A; B";EMEA\n'],
    ['\t', 'external_id\tname\tregion\nP-1\tA; B\tEMEA\n'],
    ['|', 'external_id|name|region\nP-1|A; B|EMEA\n'],
    [',', 'external_id,name,region\nP-1,"A; B",EMEA\n'],
  ])('detects %j from the header line', async (delimiter, text) => {
    const { rows, form } = await read(Buffer.from(text));
    expect(form.delimiter).toBe(delimiter);
    expect(rows[1]).toEqual(['P-1', 'A; B', 'EMEA']);
  });
});

describe('malformed', () => {
  it('an unclosed quote is reported on the line it opens, not at the end of the file', async () => {
    const text = 'external_id,name\nP-1,One\nP-2,"Two\nP-3,Three\nP-4,Four\n';
    const err = (await read(Buffer.from(text)).catch((e: unknown) => e)) as AppError;
    expect(err.issues[0]).toMatchObject({ line: 3 });
    expect(err.issues[0]!.reason).toContain('never closed');
  });
});
