import { describe, expect, it } from 'vitest';
import {
  type CellParser,
  decimal,
  Invalid,
  oneOf,
  parseBoolean,
  parseDate,
  parseEmail,
  parseScore,
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
  it('accepts listed values only, case-sensitively', () => {
    expect(stage('won')).toBe('won');
    expect(reasonOf(stage, 'Won')).toBe('"Won" is not one of open, won, lost');
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
