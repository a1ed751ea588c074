/**
 * A zip written byte by byte, for workbooks no spreadsheet program would write: parts that unpack a
 * thousand-fold, parts hidden from the directory, unknown packing methods.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  data: Buffer;
  /** 0 stored, 8 deflated (default); any other number is written as is (with the data stored). */
  method?: number;
  /** Leave the part out of the directory at the end (a streaming reader still meets it). */
  hidden?: boolean;
}

export const zipFile = (parts: ZipPart[]): Buffer => {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  let listed = 0;
  for (const part of parts) {
    const method = part.method ?? 8;
    const packed = method === 8 ? deflateRawSync(part.data, { level: 9 }) : part.data;
    const name = Buffer.from(part.name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(method, 8);
    header.writeUInt32LE(crc32(part.data), 14);
    header.writeUInt32LE(packed.length, 18);
    header.writeUInt32LE(part.data.length, 22);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, packed);
    if (!part.hidden) {
      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE(20, 4);
      entry.writeUInt16LE(20, 6);
      entry.writeUInt16LE(method, 10);
      entry.writeUInt32LE(crc32(part.data), 16);
      entry.writeUInt32LE(packed.length, 20);
      entry.writeUInt32LE(part.data.length, 24);
      entry.writeUInt16LE(name.length, 28);
      entry.writeUInt32LE(offset, 42);
      central.push(entry, name);
      listed++;
    }
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(listed, 8);
  end.writeUInt16LE(listed, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
};

/** The parts of a workbook with one sheet of `rows`, its text in the shared strings. */
export const workbookParts = (sheetXml: string, sharedStrings: Buffer | string): ZipPart[] => [
  {
    name: '[Content_Types].xml',
    data: Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
  },
  {
    name: '_rels/.rels',
    data: Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
  },
  {
    name: 'xl/_rels/workbook.xml.rels',
    data: Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    ),
  },
  {
    name: 'xl/workbook.xml',
    data: Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Partners" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
  },
  {
    name: 'xl/sharedStrings.xml',
    data: Buffer.isBuffer(sharedStrings) ? sharedStrings : Buffer.from(sharedStrings),
  },
  {
    name: 'xl/worksheets/sheet1.xml',
    data: Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetXml}</sheetData></worksheet>`,
    ),
  },
];

/** Shared strings `<sst>` holding `strings`. */
export const sharedStringsXml = (strings: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;

/** A row of shared-string cells (indexes into the shared strings), columns A, B, C… */
export const stringRow = (row: number, indexes: number[]) =>
  `<row r="${row}">${indexes.map((i, c) => `<c r="${String.fromCharCode(65 + c)}${row}" t="s"><v>${i}</v></c>`).join('')}</row>`;

/** Shared strings of one short string repeated to `bytes`: they pack ~400-fold (a "zip bomb"). */
export const inflatingStrings = (bytes: number): Buffer =>
  Buffer.concat([
    Buffer.from('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'),
    Buffer.alloc(bytes, '<si><t>a</t></si>'),
    Buffer.from('</sst>'),
  ]);

export const PARTNER_HEADER = [
  'external_id',
  'name',
  'type',
  'tier',
  'region',
  'segment',
  'joined_on',
  'lifecycle',
];
export const PARTNER_ROW = [
  'WB-1',
  'Workbook Partner',
  'channel',
  'Silver',
  'EMEA',
  'SMB',
  '2024-01-15',
  'active',
];

/** A partners workbook written by hand: the header and one partner, all shared strings. */
export const partnersWorkbook = (extra: ZipPart[] = []) =>
  zipFile([
    ...workbookParts(
      stringRow(
        1,
        PARTNER_HEADER.map((_, i) => i),
      ) +
        stringRow(
          2,
          PARTNER_ROW.map((_, i) => PARTNER_HEADER.length + i),
        ),
      sharedStringsXml([...PARTNER_HEADER, ...PARTNER_ROW]),
    ),
    ...extra,
  ]);
