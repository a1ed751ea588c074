import { describe, expect, it } from 'vitest';
import { freshness, freshnessText, importedSinceText } from './freshness.ts';

describe('freshness', () => {
  const coverage = [
    { kind: 'partners', rows: 25, newest: '2026-01-01' },
    { kind: 'opportunities', rows: 70, newest: '2026-09-25' },
    { kind: 'surveys', rows: 30, newest: '2026-08-31' },
    { kind: 'meetings', rows: 0, newest: null },
    { kind: 'activities', rows: 300, newest: '2026-09-30' },
  ];

  it('names the newest record of each moving kind, the stalest first, and how long before the date', () => {
    const f = freshness('2026-09-30', coverage);
    expect(f.map((e) => [e.kind, e.daysBefore])).toEqual([
      ['surveys', 30],
      ['opportunities', 5],
      ['activities', 0],
    ]);
    expect(freshnessText(f)).toBe(
      'newest survey 31 Aug 2026 (30 days before), newest opportunity 25 Sep 2026 (5 days before), newest activity 30 Sep 2026 (on the as-of date)',
    );
    expect(freshnessText([])).toBe('no dated records on or before the as-of date');
  });

  it('says what was imported since, or nothing', () => {
    expect(importedSinceText([{ entity: 'opportunities', rows: 7 }])).toBe(
      '7 opportunities imported or changed since',
    );
    expect(
      importedSinceText([
        { entity: 'opportunities', rows: 1 },
        { entity: 'surveys', rows: 2 },
      ]),
    ).toBe('1 opportunity and 2 surveys imported or changed since');
    expect(importedSinceText([{ entity: 'surveys', rows: 0 }])).toBeNull();
  });
});
