import { describe, expect, it } from 'vitest';
import { DateTally, dateFormatName, describeDateDecision, voteDateFormat } from './date-format-vote.ts';

const dayFirst = Array.from({ length: 20 }, (_, i) => `${13 + (i % 15)}/0${1 + (i % 9)}/2026`);

describe('voteDateFormat', () => {
  it('goes with the order most dates show; one odd row does not flip it', () => {
    // 20 dates only day first, one only month first (a row from another system).
    expect(voteDateFormat([...dayFirst, '3/15/2026'])).toMatchObject({
      order: 'DMY',
      format: 'DD/MM/YYYY',
      basis: 'majority',
      dayFirst: 20,
      monthFirst: 1,
    });
    // And the other way: one day-first value among month-first ones stays M/D/YYYY.
    expect(voteDateFormat(['3/15/2026', '12/31/2025', '1/20/2026', '25/1/2026'])).toMatchObject({
      order: 'MDY',
      format: 'M/D/YYYY',
      basis: 'majority',
    });
  });

  it('a value that is no date in either order (13/45/2026) does not vote', () => {
    expect(voteDateFormat(['13/45/2026', '3/15/2026'])).toMatchObject({
      order: 'MDY',
      basis: 'majority',
      dayFirst: 0,
      monthFirst: 1,
    });
  });

  it('an ambiguous file keeps the usual rule — slashes month first, dots day first — and says it assumed it', () => {
    const slashes = voteDateFormat(['3/4/2026', '12/1/2026', '5/6/2026'])!;
    expect(slashes).toMatchObject({ order: 'MDY', format: 'M/D/YYYY', basis: 'assumed', either: 3 });
    expect(describeDateDecision(slashes)).toBe(
      'dates read as M/D/YYYY, assumed: every date reads either way (like 3/4/2026: 4 March or 3 April)',
    );
    expect(voteDateFormat(['03.04.2026', '05.06.26', '01.02.26'])).toMatchObject({
      order: 'DMY',
      format: 'DD.MM.YY',
      basis: 'assumed',
    });
    // As many one way as the other: assumed too, and said so.
    const tie = voteDateFormat(['13/1/2026', '1/13/2026'])!;
    expect(tie).toMatchObject({ order: 'MDY', basis: 'assumed' });
    expect(describeDateDecision(tie)).toContain(
      'as many dates can only be day first as only month first (1 each)',
    );
  });

  it('has nothing to decide for ISO dates, Excel serials or words', () => {
    expect(voteDateFormat(['2026-03-15', '45000', 'soon', ''])).toBeUndefined();
  });

  it('describes a majority with its counts', () => {
    expect(describeDateDecision(voteDateFormat([...dayFirst, '3/15/2026', '1/2/2026'])!)).toBe(
      'dates read as DD/MM/YYYY, the order most of them show: 20 can only be day first, 1 only month first (refused unless corrected), 1 either way',
    );
  });

  it('names formats in the file’s own separator and year length', () => {
    const tally = new DateTally();
    for (const v of ['15-03-26', '16-03-26']) tally.add(v);
    expect(tally.nameOf('DMY')).toBe('DD-MM-YY');
    expect(tally.nameOf('MDY')).toBe('M-D-YY');
    expect(dateFormatName('YMD')).toBe('YYYY-MM-DD');
  });
});
