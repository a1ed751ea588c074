import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors.ts';
import { describeMappingPath } from './mapping-issues.ts';
import { parseMapping } from './presets.ts';

const problemsOf = (text: string) => {
  try {
    parseMapping({ name: 'deals.yaml', text });
  } catch (err) {
    if (err instanceof AppError) return err.issues.map(({ line, path, reason }) => ({ line, path, reason }));
    throw err;
  }
  throw new Error('expected the mapping to be refused');
};

describe('a mapping file’s problems, in words', () => {
  it('names the place and the fault of each rule, on its line', () => {
    expect(
      problemsOf(
        [
          'kind: mapping',
          'entity: opportunities',
          'columns:',
          '  stage: { from: Stage, map: [Closed Won, won] }',
          '  amount: { from: Amount, format: cash }',
          '  region: { from: [] }',
          '  name: { mapp: { a: b }, from: Name }',
          '  segment: 5',
          '  created_on: { format: date }',
        ].join('\n'),
      ),
    ).toEqual([
      {
        line: 4,
        path: 'columns.stage.map',
        reason: 'the value map of stage (map) must be pairs of name: value',
      },
      {
        line: 5,
        path: 'columns.amount.format',
        reason: 'the format of amount (format) must be one of money, date, boolean',
      },
      {
        line: 6,
        path: 'columns.region.from',
        reason: 'the source column of region (from) must not be empty',
      },
      {
        line: 7,
        path: 'columns.name',
        reason:
          'the rule for name has "mapp", which it cannot have (it may have from, value, format, map, otherwise, contains, lookup, onlyWhen, optional)',
      },
      {
        line: 8,
        path: 'columns.segment',
        reason:
          "the rule for segment must be a source column's name, or a rule like { from: Amount, format: money }",
      },
      {
        line: 9,
        path: 'columns.created_on',
        reason: 'the rule for created_on needs either from (a source column) or value (a constant), not both',
      },
    ]);
  });

  it('names the top-level fields too, and refuses a date format it cannot read', () => {
    expect(problemsOf('kind: mappings\nentity: deals\ndateFormat: DD-YYYY\ncolumns: [a]\n')).toEqual([
      { line: 1, path: 'kind', reason: "the mapping's kind must be mapping" },
      {
        line: 2,
        path: 'entity',
        reason:
          'the record kind (entity) must be one of partners, people, opportunities, activities, surveys, meetings, evaluations, evidence, projects, references',
      },
      {
        line: 3,
        path: 'dateFormat',
        reason:
          'the date format (dateFormat) is not one Trellis reads: use M/D/YYYY, DD.MM.YYYY or YYYY-MM-DD',
      },
      { line: 4, path: 'columns', reason: 'the columns (columns) must be pairs of name: value' },
    ]);
  });

  it('never says "Invalid input"', () => {
    const reasons = problemsOf(
      'kind: mapping\nentity: opportunities\ncolumns:\n  amount: { from: 1 }\n  x: [1]\n',
    ).map((p) => p.reason);
    expect(reasons.join('\n')).not.toMatch(/Invalid input|expected .* received/);
    expect(describeMappingPath(['columns', 'closed_on', 'onlyWhen', 'stage'])).toBe(
      'the values of stage that keep closed_on (onlyWhen)',
    );
  });
});
