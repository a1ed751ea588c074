/**
 * The bad inputs: text the database cannot hold (NUL, lone surrogates) in JSON, query, path,
 * multipart fields and imported rows; malformed or oversize bodies and wrong content types;
 * ids that are no ids; workbooks built to exhaust memory or confuse the reader. Each is due a 4xx
 * problem+json (`status`), naming the problem when `names` is given; `job` cases may instead be
 * queued (202) if their job then ends failed having written nothing.
 */
import { type Role, WORKBOOK_LIMITS } from '@trellis/core';
import {
  partnersWorkbook,
  stringRow,
  workbookParts,
  zipFile,
} from '../../packages/core/test/support/zip-file.ts';
import { multipart, PNG, V1 } from './context.ts';

export interface Case {
  name: string;
  method: string;
  url: string;
  body?: unknown;
  type?: string;
  as?: Role | 'raw';
  headers?: Record<string, string>;
  status: number[];
  names?: RegExp;
  job?: boolean;
  /** A queued import may also end done if what it stored is well-formed text (files not in UTF-8 are read as Latin-1). */
  decoded?: boolean;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEAD = 'external_id,name,type,joined_on,lifecycle\n';
const partner = (extra: Record<string, unknown>) => ({
  external_id: 'BAD-1',
  name: 'Bad',
  type: 'channel',
  joined_on: '2024-01-01',
  lifecycle: 'active',
  ...extra,
});
const form = (parts: Parameters<typeof multipart>[0]) => multipart(parts);
const png = { name: 'file', filename: 'p.png', type: 'image/png', value: PNG };
const csvPart = (v: string) => ({ name: 'file', filename: 'p.csv', type: 'text/csv', value: v });
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));

const bomb = () => {
  const head = Buffer.from('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">');
  const strings = Buffer.alloc(WORKBOOK_LIMITS.maxCachedPartBytes + 4096, '<si><t>a</t></si>');
  return zipFile(workbookParts(stringRow(1, [0, 0]), Buffer.concat([head, strings, Buffer.from('</sst>')])));
};
const wide = () => {
  const cells = Array.from(
    { length: 16384 },
    (_, i) => `<c r="${col(i)}1" t="inlineStr"><is><t>c${i}</t></is></c>`,
  );
  return zipFile(
    workbookParts(
      `<row r="1">${cells.join('')}</row>`,
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>',
    ),
  );
};
const col = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : col(Math.floor(i / 26) - 1) + String.fromCharCode(65 + (i % 26));

export const cases = (people: string): Case[] => {
  const zipBomb = bomb();
  const up = (
    parts: Parameters<typeof multipart>[0],
    status: number[],
    names?: RegExp,
  ): Omit<Case, 'name'> => {
    const f = form(parts);
    return { method: 'POST', url: `${V1}/evidence-files`, body: f.body, type: f.type, status, names };
  };
  const imp = (body: string | Buffer, type = 'text/csv', q = ''): Omit<Case, 'name'> => ({
    method: 'POST',
    url: `${V1}/imports/partners${q}`,
    body,
    type,
    as: 'program_manager',
    status: [400, 413, 415, 422],
    job: true,
  });
  const list: [string, Omit<Case, 'name'>][] = [
    [
      'JSON: NUL in external_id',
      {
        method: 'POST',
        url: `${V1}/partners`,
        body: partner({ external_id: 'B\u0000' }),
        status: [400],
        names: /body\.external_id/,
      },
    ],
    [
      'JSON: lone high surrogate',
      {
        method: 'POST',
        url: `${V1}/partners`,
        body: partner({ name: '\ud800x' }),
        status: [400],
        names: /body\.name/,
      },
    ],
    [
      'JSON: lone low surrogate',
      {
        method: 'POST',
        url: `${V1}/partners`,
        body: partner({ name: 'x\udfff' }),
        status: [400],
        names: /body\.name/,
      },
    ],
    [
      'JSON: NUL in a key',
      { method: 'POST', url: `${V1}/partners`, body: { ...partner({}), 'na\u0000me': 'x' }, status: [400] },
    ],
    [
      'JSON: NUL in PATCH',
      {
        method: 'PATCH',
        url: `${V1}/partners/P-A`,
        body: { name: 'x\u0000' },
        status: [400],
        names: /body\.name/,
      },
    ],
    [
      'JSON: member name NUL',
      {
        method: 'POST',
        url: `${V1}/members`,
        body: { email: 'b@example.com', name: 'B\u0000', role: 'viewer', password: 'a long password' },
        status: [400],
        names: /body\.name/,
      },
    ],
    [
      'JSON: token name surrogate',
      {
        method: 'POST',
        url: `${V1}/api-tokens`,
        body: { name: '\ud800', role: 'viewer' },
        status: [400],
        names: /body\.name/,
      },
    ],
    [
      'JSON: criterion reason NUL',
      {
        method: 'PUT',
        url: `${V1}/assessments/1/criteria/gtm.joint-plan`,
        body: { score: 3, reason: 'r\u0000' },
        status: [400],
        names: /body\.reason/,
      },
    ],
    [
      'JSON: plan owner surrogate',
      {
        method: 'PATCH',
        url: `${V1}/assessments/1/plan/co-sell-playbook`,
        body: { owner: '\udc00' },
        status: [400],
        names: /body\.owner/,
      },
    ],
    [
      'JSON: remediation owner NUL',
      {
        method: 'PATCH',
        url: `${V1}/remediation/1`,
        body: { owner: 'D\u0000' },
        status: [400],
        names: /body\.owner/,
      },
    ],
    [
      'JSON: brief notes NUL',
      {
        method: 'POST',
        url: `${V1}/assessments`,
        body: { brief: { name: 'b', context: { notes: 'n\u0000' } } },
        status: [400],
        names: /notes|brief/,
      },
    ],
    [
      'JSON: mapping yaml NUL',
      {
        method: 'PUT',
        url: `${V1}/mappings/probe`,
        body: { yaml: 'entity: partners\u0000' },
        status: [400],
        names: /body\.yaml/,
      },
    ],
    [
      'JSON: policy NUL',
      {
        method: 'POST',
        url: `${V1}/readiness/simulations`,
        body: { policy: 'x\u0000' },
        status: [400],
        names: /body\.policy/,
      },
    ],
    ['query: NUL', { method: 'GET', url: `${V1}/partners?q=%00`, status: [400], names: /query\.q/ }],
    [
      'query: encoded surrogate (invalid UTF-8)',
      { method: 'GET', url: `${V1}/partners?q=%ED%A0%80`, status: [400] },
    ],
    [
      'query: NUL in audit filter',
      { method: 'GET', url: `${V1}/audit?entityId=%00`, status: [400], names: /query\.entityId/ },
    ],
    [
      'query: limit not a number',
      { method: 'GET', url: `${V1}/partners?limit=abc`, status: [400], names: /query\.limit/ },
    ],
    [
      'query: limit negative',
      { method: 'GET', url: `${V1}/partners?limit=-1`, status: [400], names: /query\.limit/ },
    ],
    [
      'query: limit 1e309',
      { method: 'GET', url: `${V1}/partners?limit=1e309`, status: [400], names: /query\.limit/ },
    ],
    [
      'query: unknown sort',
      { method: 'GET', url: `${V1}/partners?sort=%00`, status: [400], names: /query\.sort/ },
    ],
    [
      'query: 100k-character search',
      { method: 'GET', url: `${V1}/partners?q=${'x'.repeat(100_000)}`, status: [400, 414] },
    ],
    [
      'query: format NUL',
      {
        method: 'GET',
        url: `${V1}/assessments/1/document?format=%00`,
        status: [400],
        names: /query\.format/,
      },
    ],
    ['path: NUL', { method: 'GET', url: `${V1}/partners/%00`, status: [400], names: /params\.id/ }],
    ['path: %FF%FE', { method: 'GET', url: `${V1}/partners/%FF%FE`, status: [400] }],
    ['path: encoded surrogate', { method: 'GET', url: `${V1}/partners/%ED%A0%80`, status: [400] }],
    ['path: overlong UTF-8', { method: 'GET', url: `${V1}/partners/%C0%AF`, status: [400] }],
    ['path: 300-character id', { method: 'GET', url: `${V1}/partners/${'x'.repeat(300)}`, status: [404] }],
    [
      'path: 100k-character id',
      { method: 'GET', url: `${V1}/partners/${'x'.repeat(100_000)}`, status: [404, 414] },
    ],
    ['path: dot segments', { method: 'GET', url: `${V1}/partners/..%2F..%2Fsetup`, status: [404] }],
    ['path: org NUL', { method: 'GET', url: '/api/v1/orgs/%00', status: [400, 404] }],
    [
      'id: token id not a uuid',
      { method: 'DELETE', url: `${V1}/api-tokens/not-a-uuid`, status: [400], names: /params\.id/ },
    ],
    [
      'id: member id not a uuid',
      {
        method: 'PATCH',
        url: `${V1}/members/not-a-uuid`,
        body: { role: 'viewer' },
        status: [400],
        names: /params\.userId/,
      },
    ],
    ['id: job id not a uuid', { method: 'GET', url: `${V1}/jobs/not-a-uuid`, status: [400, 404] }],
    [
      'id: assessment number abc',
      { method: 'GET', url: `${V1}/assessments/abc`, status: [400], names: /params\.number/ },
    ],
    [
      'id: assessment number 0',
      { method: 'GET', url: `${V1}/assessments/0`, status: [400], names: /params\.number/ },
    ],
    [
      'id: assessment number 10^23',
      { method: 'GET', url: `${V1}/assessments/${'9'.repeat(23)}`, status: [400, 404] },
    ],
    [
      'id: criterion of 101 characters',
      {
        method: 'GET',
        url: `${V1}/assessments/1/criteria/${'c'.repeat(101)}`,
        status: [400],
        names: /params\.criterion/,
      },
    ],
    [
      'id: sha256 not hex',
      { method: 'GET', url: `${V1}/partners/P-A/evidence-files/zz`, status: [400, 404] },
    ],
    ['body: malformed JSON', { method: 'POST', url: `${V1}/partners`, body: '{"a":', status: [400] }],
    [
      'body: text/plain',
      { method: 'POST', url: `${V1}/partners`, body: 'x', type: 'text/plain', status: [415] },
    ],
    [
      'body: 3 MB as text/plain to a JSON route',
      {
        method: 'POST',
        url: `${V1}/partners`,
        body: 'x'.repeat(3 * 1024 * 1024),
        type: 'text/plain',
        status: [413, 415],
      },
    ],
    [
      'body: application/xml',
      { method: 'POST', url: `${V1}/partners`, body: '<a/>', type: 'application/xml', status: [415] },
    ],
    ['body: JSON array', { method: 'POST', url: `${V1}/partners`, body: '[]', status: [400] }],
    ['body: JSON null', { method: 'POST', url: `${V1}/partners`, body: 'null', status: [400] }],
    ['body: empty with JSON type', { method: 'POST', url: `${V1}/partners`, body: '', status: [400] }],
    [
      'body: 2 MB of JSON',
      {
        method: 'POST',
        url: `${V1}/partners`,
        body: partner({ name: 'x'.repeat(2 * 1024 * 1024) }),
        status: [413],
      },
    ],
    [
      'body: 100k nested arrays',
      { method: 'POST', url: `${V1}/partners`, body: '['.repeat(100_000), status: [400] },
    ],
    [
      'body: __proto__ key',
      {
        method: 'POST',
        url: `${V1}/partners`,
        body: '{"__proto__":{"x":1},"external_id":"BAD-1"}',
        status: [400],
      },
    ],
    [
      'body: constructor.prototype',
      {
        method: 'PATCH',
        url: `${V1}/settings`,
        body: '{"constructor":{"prototype":{"x":1}}}',
        status: [400],
      },
    ],
    [
      'body: UTF-16 charset',
      {
        method: 'POST',
        url: `${V1}/partners`,
        body: Buffer.from(JSON.stringify(partner({})), 'utf16le'),
        type: 'application/json; charset=utf-16',
        status: [400, 415],
      },
    ],
    [
      'body: invalid UTF-8 in JSON',
      {
        method: 'POST',
        url: `${V1}/partners`,
        body: bytes(
          '{"external_id":"BAD-1","name":"',
          [0xed, 0xa0, 0x80, 0xff],
          '","type":"channel","joined_on":"2024-01-01","lifecycle":"active"}',
        ),
        status: [400],
      },
    ],
    [
      'multipart: NUL in person',
      up([{ name: 'person', value: `${people}\u0000` }, png], [400], /body\.person/),
    ],
    [
      'multipart: invalid UTF-8 in person',
      up([{ name: 'person', value: bytes(people, [0xed, 0xa0, 0x80]) }, png], [400, 404]),
    ],
    ['multipart: two file parts', up([{ name: 'person', value: people }, png, png], [400], /one file/)],
    ['multipart: no file part', up([{ name: 'person', value: people }], [400])],
    [
      'multipart: no boundary',
      {
        method: 'POST',
        url: `${V1}/evidence-files`,
        body: 'x',
        type: 'multipart/form-data',
        status: [400, 415],
      },
    ],
    [
      'multipart: truncated',
      {
        method: 'POST',
        url: `${V1}/evidence-files`,
        body: form([{ name: 'person', value: people }, png]).body.subarray(0, 120),
        type: form([]).type,
        status: [400],
      },
    ],
    [
      'import multipart: two files',
      {
        ...imp(form([csvPart(`${HEAD}X,x,channel,2024-01-01,active\n`), csvPart(HEAD)]).body, form([]).type),
        status: [400],
        names: /one file/,
      },
    ],
    [
      'import multipart: NUL in mapping',
      {
        ...imp(
          form([{ name: 'mapping', value: 'entity: partners\u0000' }, csvPart(HEAD)]).body,
          form([]).type,
        ),
        status: [400],
      },
    ],
    ['import: NUL in a cell', imp(`${HEAD}BAD-1,na\u0000me,channel,2024-01-01,active\n`)],
    [
      'import: encoded surrogate in a cell',
      {
        ...imp(bytes(`${HEAD}BAD-2,na`, [0xed, 0xa0, 0x80], 'me,channel,2024-01-01,active\n')),
        decoded: true,
      },
    ],
    [
      'import: 100k-column header',
      imp(
        `${HEAD.trim()},${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(',')}\nBAD-1,x,channel,2024-01-01,active\n`,
      ),
    ],
    ['import: empty body', imp('')],
    ['import: only a BOM', imp('\ufeff')],
    ['import: unknown entity', { ...imp(HEAD), url: `${V1}/imports/nonsense`, status: [400, 404] }],
    ['import: dateFormat NUL', { ...imp(HEAD, 'text/csv', '?dateFormat=%00'), status: [400] }],
    ['import: unknown mapping', { ...imp(HEAD, 'text/csv', '?mapping=no-such'), status: [404] }],
    ['import: preset NUL', { ...imp(HEAD, 'text/csv', '?preset=%00'), status: [400] }],
    ['workbook: zip bomb (import)', { ...imp(zipBomb, XLSX), status: [413], names: /sharedStrings/ }],
    [
      'workbook: zip bomb (infer)',
      { ...imp(zipBomb, XLSX), url: `${V1}/imports/infer`, status: [413], names: /sharedStrings/ },
    ],
    [
      'workbook: part hidden from the directory',
      imp(partnersWorkbook([{ name: 'xl/hidden.xml', data: Buffer.alloc(1024, 'a'), hidden: true }]), XLSX),
    ],
    [
      'workbook: unknown packing method',
      imp(partnersWorkbook([{ name: 'xl/odd.xml', data: Buffer.from('x'), method: 99 }]), XLSX),
    ],
    ['workbook: not a zip', imp(Buffer.from('not a zip at all'), XLSX)],
    ['workbook: truncated', imp(partnersWorkbook().subarray(0, 300), XLSX)],
    ['workbook: 16,384-column header', imp(wide(), XLSX)],
    [
      'auth: bearer with NUL',
      {
        method: 'GET',
        url: V1,
        as: 'raw',
        headers: { authorization: 'Bearer a\u0000b' },
        status: [400, 401],
      },
    ],
    [
      'auth: 10k-character bearer',
      {
        method: 'GET',
        url: V1,
        as: 'raw',
        headers: { authorization: `Bearer ${'a'.repeat(10_000)}` },
        status: [401],
      },
    ],
    [
      'auth: garbage session cookie',
      { method: 'GET', url: V1, as: 'raw', headers: { cookie: 'trellis_session=%00%FF' }, status: [401] },
    ],
  ];
  return list.map(([name, c]) => ({ name, ...c }));
};
