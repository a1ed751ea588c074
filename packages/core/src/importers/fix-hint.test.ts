import { describe, expect, it } from 'vitest';
import { entityDefinitions } from './entity-definitions.ts';
import { fixHint, type HintContext } from './fix-hint.ts';
import { DateReading } from './mapping/date-reading.ts';

const column = (name: string) => entityDefinitions.opportunities.columns.find((c) => c.name === name);
const examples = (...values: string[]) => values.map((value, i) => ({ line: i + 2, value, reason: 'bad' }));
const cli: HintContext = { audience: 'cli', mapped: false };
const web: HintContext = { audience: 'api', mapped: false };
const FLAGS = /--preset|--mapping|--date-format/;

describe('fixHint', () => {
  it('names the money format when every example reads as money', () => {
    expect(fixHint(column('amount'), examples('$125,000.00', 'USD 1,200'), cli)).toBe(
      'use --preset or a mapping with a money format',
    );
    expect(fixHint(column('amount'), examples('$125,000.00'), { ...cli, mapped: true })).toBe(
      'give amount `format: money` in the mapping',
    );
  });

  it('names the date format most examples show, or both when they do not tell', () => {
    expect(fixHint(column('created_on'), examples('3/15/2023', '12/31/2023'), cli)).toBe(
      'use --date-format M/D/YYYY',
    );
    expect(fixHint(column('created_on'), examples('15.03.2023', '31.12.2023', '1.2.2023'), cli)).toBe(
      'use --date-format DD.MM.YYYY',
    );
    expect(fixHint(column('created_on'), examples('3/4/2023', '5/6/2023'), cli)).toMatch(
      /^use --date-format M\/D\/YYYY \(or DD\.MM\.YYYY\)/,
    );
    expect(fixHint(column('created_on'), examples('3/15/2023', 'soon'), cli)).toBeUndefined();
  });

  it('a column read as a date: only a file whose dates mostly show the other order gets a hint', () => {
    const reading = new DateReading('MDY', 'mapping', 'M/D/YYYY');
    for (const v of ['15/03/2026', '16/03/2026', '3/15/2026']) reading.tally.add(v);
    const mapped = { mapped: true, format: 'date' as const, dates: reading };
    expect(fixHint(column('created_on'), examples('15/03/2026'), { ...cli, ...mapped })).toBe(
      'use --date-format DD/MM/YYYY',
    );
    expect(fixHint(column('created_on'), examples('15/03/2026'), { ...web, ...mapped })).toBe(
      'set the date format to DD/MM/YYYY',
    );
    const agrees = new DateReading('MDY', 'mapping', 'M/D/YYYY');
    agrees.tally.add('3/15/2026');
    expect(
      fixHint(column('created_on'), examples('13/45/2026'), { ...web, ...mapped, dates: agrees }),
    ).toBeUndefined();
  });

  it('gives no hint it cannot back with the values', () => {
    expect(fixHint(column('amount'), examples('lots'), cli)).toBeUndefined();
    expect(fixHint(column('amount'), [], cli)).toBeUndefined();
    expect(fixHint(undefined, examples('$1'), cli)).toBeUndefined();
  });

  it('suggests a value map for words outside a fixed list', () => {
    const stage = [{ line: 2, value: 'Closed Won', reason: '"Closed Won" is not one of open, won, lost' }];
    expect(fixHint(column('stage'), stage, cli)).toMatch(/`map:`/);
    expect(fixHint(column('stage'), stage, web)).toBe(
      "map the export's values of stage onto these in the mapping editor (map:)",
    );
  });

  it('speaks the web’s words to the API: never a CLI option', () => {
    const hints = [
      fixHint(column('amount'), examples('$125,000.00'), web),
      fixHint(column('amount'), examples('$125,000.00'), { ...web, mapped: true }),
      fixHint(column('created_on'), examples('3/15/2023'), web),
      fixHint(column('created_on'), examples('3/4/2023'), web),
      fixHint(column('created_on'), examples('3/15/2023'), { ...web, mapped: true }),
      fixHint(column('sourced_by_partner'), examples('Yes'), web),
    ];
    expect(hints).toEqual([
      'choose a preset for this export, or read amount as money in the mapping editor (format: money)',
      'read amount as money in the mapping editor (format: money)',
      'set the date format to M/D/YYYY',
      'set the date format to the one the file uses (M/D/YYYY or DD.MM.YYYY), or choose a preset for this export',
      'read created_on as date in the mapping editor (format: date)',
      'choose a preset for this export, or read sourced_by_partner as yes/no in the mapping editor (format: boolean)',
    ]);
    for (const h of hints) expect(h).not.toMatch(FLAGS);
  });
});
