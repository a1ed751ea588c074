import { describe, expect, it } from 'vitest';
import {
  type CellParser,
  decimal,
  deferred,
  Invalid,
  integer,
  MAX_INTEGER,
  oneOf,
  parseBoolean,
  parseDate,
  parseEmail,
  parseScore,
  parseSha256,
  parseUri,
} from './cell-parsers.ts';

const reasonOf = (parse: CellParser, raw: string) => {
  const v = parse(raw);
  return v instanceof Invalid ? v.reason : undefined;
};

describe('parseDate', () => {
  it('accepts real calendar dates, leap days included', () => {
    for (const d of ['2026-01-31', '2024-02-29', '2000-02-29', '1999-12-31']) expect(parseDate(d)).toBe(d);
  });
  it('rejects impossible dates', () => {
    for (const d of [
      '2026-02-30',
      '2025-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '0000-01-01',
    ]) {
      expect(reasonOf(parseDate, d)).toBe(`"${d}" is not a real calendar date`);
    }
  });
  it('rejects other shapes', () => {
    for (const d of ['2026-1-5', '05/01/2026', '2026-01-05T00:00', '20260105']) {
      expect(reasonOf(parseDate, d)).toMatch(/not a date in YYYY-MM-DD form/);
    }
  });
});

describe('parseBoolean', () => {
  it.each([
    ['true', true],
    ['YES', true],
    ['1', true],
    ['False', false],
    ['no', false],
    ['0', false],
  ])('%s → %s', (raw, expected) => expect(parseBoolean(raw)).toBe(expected));
  it('rejects anything else', () => expect(reasonOf(parseBoolean, 'y')).toMatch(/not a boolean/));
});

describe('oneOf', () => {
  const stage = oneOf(['open', 'won', 'lost']);
  it('accepts listed values only, in any letter case, stored as listed', () => {
    expect(stage('won')).toBe('won');
    expect(stage('Won')).toBe('won');
    expect(stage('CLOSED')).toBeInstanceOf(Invalid);
    expect(reasonOf(stage, 'Closed Won')).toBe('"Closed Won" is not one of open, won, lost');
  });
});

describe('decimal(2, 14)', () => {
  const amount = decimal(2, 14);
  it('keeps valid amounts as exact strings', () => {
    for (const a of ['0', '12', '12.5', '12.50', '99999999999999.99']) expect(amount(a)).toBe(a);
  });
  it.each([
    ['-5', 'is negative'],
    ['1.234', 'has more than 2 decimals'],
    ['123456789012345', 'has more than 14 digits'],
    ['$100', 'is not a plain number'],
    ['1,000', 'is not a plain number'],
    ['1e5', 'is not a plain number'],
    ['.5', 'is not a plain number'],
  ])('%s %s', (raw, reason) => expect(reasonOf(amount, raw)).toContain(reason));
});

describe('parseScore', () => {
  it('accepts 0–10 with at most one decimal', () => {
    for (const s of ['0', '7', '8.5', '10', '10.0']) expect(parseScore(s)).toBe(s);
  });
  it.each([
    ['10.5', 'is above 10'],
    ['11', 'is above 10'],
    ['7.25', 'has more than 1 decimals'],
    ['-1', 'is negative'],
    ['great', 'is not a plain number'],
  ])('%s %s', (raw, reason) => expect(reasonOf(parseScore, raw)).toContain(reason));
});

describe('parseEmail', () => {
  it('checks the rough shape only', () => {
    expect(parseEmail('ana@acme.example')).toBe('ana@acme.example');
    expect(reasonOf(parseEmail, 'ana at acme')).toMatch(/not an email address/);
  });
});

describe('integer', () => {
  const level = integer(1, 4);
  const count = integer(0, MAX_INTEGER);
  it('keeps whole numbers in range as written', () => {
    for (const n of ['1', '4', '04']) expect(level(n)).toBe(n);
    for (const n of ['0', '17', '2147483647']) expect(count(n)).toBe(n);
  });
  it.each([
    [level, '0', '"0" is below 1'],
    [level, '5', '"5" is above 4'],
    [level, '-2', '"-2" is below 1'],
    [level, '2.5', '"2.5" is not a whole number'],
    [level, '2.0', '"2.0" is not a whole number'],
    [level, 'two', '"two" is not a plain whole number'],
    [level, '+2', '"+2" is not a plain whole number'],
    [level, '1e0', '"1e0" is not a plain whole number'],
    [count, '-1', '"-1" is negative'],
    [count, '2147483648', '"2147483648" is above 2147483647'],
    [count, '99999999999999999999', '"99999999999999999999" is above 2147483647'],
  ])('%#: %s → %s', (parse, raw, reason) => expect(reasonOf(parse, raw)).toBe(reason));
});

describe('deferred', () => {
  it('builds the parser once, on first use', () => {
    let built = 0;
    const parse = deferred(() => {
      built++;
      return oneOf(['a']);
    });
    expect(built).toBe(0);
    expect(parse('a')).toBe('a');
    expect(reasonOf(parse, 'b')).toBe('"b" is not one of a');
    expect(built).toBe(1);
  });
});

describe('parseUri', () => {
  it('accepts URIs with a scheme', () => {
    for (const u of [
      'https://evidence.example/a.mp4',
      's3://bucket/key/file.pdf',
      'file:///srv/x',
      'gs://b/o?v=1',
    ])
      expect(parseUri(u)).toBe(u);
  });
  it('rejects paths, bare hosts and text with spaces', () => {
    for (const u of [
      'evidence/a.mp4',
      '/srv/a.mp4',
      'C:\\evidence\\a.mp4',
      'example.com/a',
      'https://',
      'https://a b',
    ])
      expect(reasonOf(parseUri, u)).toBe(`"${u}" is not a URI with a scheme (like https://… or s3://…)`);
  });
});

describe('parseSha256', () => {
  const digest = 'c410b225a8bc7d72c264fa346c72af956df3cb29cd5dd8498404ae0f556fa685';
  it('accepts 64 lower-case hex characters', () => expect(parseSha256(digest)).toBe(digest));
  it('rejects upper case, other lengths and non-hex characters', () => {
    expect(reasonOf(parseSha256, digest.toUpperCase())).toBe(
      `"${digest.toUpperCase()}" is not lower-case hex`,
    );
    expect(reasonOf(parseSha256, digest.slice(1))).toBe(
      `"${digest.slice(1)}" has 63 characters; a SHA-256 digest has 64 hex characters`,
    );
    const notHex = `g${digest.slice(1)}`;
    expect(reasonOf(parseSha256, notHex)).toBe(
      `"${notHex}" is not hex (a SHA-256 digest is 64 characters 0-9, a-f)`,
    );
  });
});
