import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { activitiesDefinition } from './activities-definition.ts';
import { checkHeader } from './check-header.ts';

const rejection = (header: string[]): AppError => {
  try {
    checkHeader(activitiesDefinition, 'acts.csv', header);
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('header was accepted');
};

describe('checkHeader', () => {
  it('maps columns in any order and marks absent optional columns with -1', () => {
    const header = ['occurred_on', ' kind ', 'external_id', 'partner_external_id', 'detail'];
    expect(checkHeader(activitiesDefinition, 'acts.csv', header)).toEqual([2, 3, 1, 0, -1, 4]);
  });

  it('refuses a header of a million columns at once, with one problem (not a million)', () => {
    const err = rejection(Array.from({ length: 1_000_000 }, (_, i) => `c${i}`));
    expect(err.message).toBe('acts.csv: the header row has too many columns, nothing imported');
    expect(err.issues).toEqual([
      { file: 'acts.csv', line: 1, reason: 'the header has 1,000,000 columns; at most 1,000 are read' },
    ]);
  });

  it('names the file and the missing required column', () => {
    const err = rejection(['external_id', 'partner_external_id', 'occurred_on']);
    expect(err.code).toBe('IMPORT_REJECTED');
    expect(err.message).toBe('acts.csv: 1 problem in the header row, nothing imported');
    expect(err.issues).toEqual([
      { file: 'acts.csv', line: 1, column: 'kind', reason: 'missing required column "kind"' },
    ]);
  });

  it('names unknown and repeated columns', () => {
    const err = rejection(['external_id', 'partner_external_id', 'kind', 'occurred_on', 'Kind', 'kind']);
    expect(err.message).toBe('acts.csv: 2 problems in the header row, nothing imported');
    expect(err.issues[0]?.reason).toBe('unknown column "Kind" for activities');
    expect(err.issues.map((i) => i.column)).toEqual(['Kind', 'kind']);
    expect(err.issues[1]?.reason).toBe('column "kind" appears more than once');
  });

  it('suggests the absent column an unknown name most likely means', () => {
    const err = rejection(['external_id', 'Partner ID', 'Type', 'occured_on', 'notes']);
    expect(err.issues.slice(0, 4).map((i) => i.reason)).toEqual([
      'unknown column "Partner ID" for activities (did you mean "partner_external_id"?)',
      'unknown column "Type" for activities',
      'unknown column "occured_on" for activities (did you mean "occurred_on"?)',
      'unknown column "notes" for activities',
    ]);
  });
});
