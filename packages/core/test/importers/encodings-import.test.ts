/**
 * The same partners written the ways spreadsheets and CRMs write them — UTF-8 with or without BOM,
 * UTF-16 as Excel saves it, Windows-1252; `,` `;` tab or `|`; CRLF or LF; quoted or not — store
 * exactly the same rows: after the first import, every other form is "unchanged".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvText } from '../../src/importers/csv-source.ts';
import { importCsv } from '../../src/importers/import-csv.ts';
import { openTestDatabase, TEST_ORG, type TestDatabase } from '../support/test-database.ts';

const ROWS = [
  ['external_id', 'name', 'type', 'region', 'joined_on', 'lifecycle', 'owner'],
  ['P-1', 'Zürich Systemhaus AG', 'channel', 'EMEA', '2024-02-01', 'active', 'Renée Dubois'],
  ['P-2', 'Crème & Brûlée, S.A.', 'strategic', 'EMEA', '2023-06-15', 'active', 'José Núñez'],
  ['P-3', 'Señor Ñandú «Partners»', 'referral', 'LATAM', '2025-01-10', 'onboarding', 'Søren Ærø'],
];

const text = (delimiter: string, eol: string, quoteAll = false) =>
  ROWS.map((r) =>
    r
      .map((c) => (quoteAll || c.includes(delimiter) || c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c))
      .join(delimiter),
  ).join(eol) + eol;

const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};
const BOM8 = Buffer.from([0xef, 0xbb, 0xbf]);

const forms: [string, Uint8Array][] = [
  ['UTF-8 with BOM, CRLF, ;', Buffer.concat([BOM8, Buffer.from(text(';', '\r\n'))])],
  [
    'UTF-16 LE with BOM, tab (Excel "Unicode Text")',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text('\t', '\r\n'), 'utf16le')]),
  ],
  ['UTF-16 BE with BOM, |', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text('|', '\n'))])],
  ['UTF-16 LE without BOM', Buffer.from(text(',', '\r\n'), 'utf16le')],
  ['Windows-1252, ; (Excel "CSV" in Europe)', Buffer.from(text(';', '\r\n'), 'latin1')],
  ['Windows-1252, every cell quoted', Buffer.from(text(',', '\n', true), 'latin1')],
];

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.dispose();
});

describe('encodings, delimiters and line endings through a whole import', () => {
  it('UTF-8 without BOM, LF, comma stores the names as written', async () => {
    const r = await importCsv(t.db, TEST_ORG, 'partners', csvText('utf8.csv', Buffer.from(text(',', '\n'))));
    expect(r).toMatchObject({ rows: 3, inserted: 3, encoding: 'utf-8', delimiter: ',' });
    const names = await t.db.query<{ name: string; owner: string }>(
      'select name, owner from partners where org_id = $1 order by external_id',
      [TEST_ORG],
    );
    expect(names.map((n) => [n.name, n.owner])).toEqual(ROWS.slice(1).map((r) => [r[1], r[6]]));
  });

  it.each(forms)('%s: the same rows, nothing changed', async (_form, bytes) => {
    const r = await importCsv(t.db, TEST_ORG, 'partners', csvText('other.csv', bytes));
    expect(r).toMatchObject({ rows: 3, inserted: 0, updated: 0, unchanged: 3 });
  });
});
