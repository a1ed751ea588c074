import { describe, expect, it } from 'vitest';
import type { EntityDefinition } from './entity-definition.ts';
import { evaluationsDefinition } from './evaluations-definition.ts';
import { IssueList } from './issue-list.ts';
import { opportunitiesDefinition } from './opportunities-definition.ts';
import { peopleDefinition } from './people-definition.ts';
import { projectsDefinition } from './projects-definition.ts';
import { referencesDefinition } from './references-definition.ts';
import { createRowValidator } from './row-validator.ts';
import { StageBatch } from './stage-batch.ts';
import { surveysDefinition } from './surveys-definition.ts';

/** Validates `rows` (cells in `header` order, lines from 2) and returns the staged columns and issues. */
const validate = (def: EntityDefinition, header: string[], rows: string[][]) => {
  const issues = new IssueList();
  const indexes = def.columns.map((c) => header.indexOf(c.name));
  const check = createRowValidator(def, 'f.csv', indexes, header.length, issues);
  const batch = new StageBatch(def.columns.length);
  rows.forEach((cells, i) => {
    check(cells, i + 2, batch);
  });
  const staged = Object.fromEntries(def.columns.map((c, i) => [c.name, batch.columns[i]]));
  return {
    staged,
    lines: batch.lines,
    issues: issues.items.map((i) => `${i.line} ${i.column ?? '-'}: ${i.reason}`),
  };
};

const oppHeader = [
  'external_id',
  'partner_external_id',
  'amount',
  'stage',
  'created_on',
  'closed_on',
  'sourced_by_partner',
];

describe('createRowValidator', () => {
  it('trims cells, applies fallbacks and stages typed values column by column', () => {
    const { staged, issues } = validate(opportunitiesDefinition, oppHeader, [
      [' O-1 ', 'P-1', ' 10.5', 'won', '2025-01-01', '2025-02-01 ', 'Yes'],
    ]);
    expect(issues).toEqual([]);
    expect(staged).toMatchObject({
      external_id: ['O-1'],
      amount: ['10.5'],
      closed_on: ['2025-02-01'],
      sourced_by_partner: [true],
      // Absent: unknown, not false (docs/import-format.md, "Absent columns").
      registered: [null],
      name: [null],
    });
  });

  it("applies a column's fallback to an empty cell or an absent column", () => {
    const { staged } = validate(
      peopleDefinition,
      ['external_id', 'partner_external_id', 'name', 'role', 'is_champion'],
      [
        ['U-1', 'P-1', 'Ana', 'sales', ''],
        ['U-2', 'P-1', 'Ben', 'sales', 'yes'],
      ],
    );
    expect(staged.is_champion).toEqual([false, true]);
    expect(
      validate(
        peopleDefinition,
        ['external_id', 'partner_external_id', 'name', 'role'],
        [['U-1', 'P-1', 'Ana', 'sales']],
      ).staged.is_champion,
    ).toEqual([false]);
  });

  it("a refused value is explained in the column's own reason unless a reason is given for it", () => {
    const issues = new IssueList();
    const def = opportunitiesDefinition;
    const indexes = def.columns.map((c) => oppHeader.indexOf(c.name));
    const check = createRowValidator(def, 'f.csv', indexes, oppHeader.length, issues, {
      reasons: def.columns.map((c) =>
        c.name === 'created_on'
          ? (v: string) => (v.startsWith('20') ? undefined : `"${v}" is not M/D/YYYY`)
          : undefined,
      ),
    });
    const batch = new StageBatch(def.columns.length);
    check(['O-1', 'P-1', '1', 'won', '13/45/2026', '2026-02-30', 'yes'], 2, batch);
    check(['O-2', 'P-1', '1', 'won', '2026-02-30', '2026-03-01', 'yes'], 3, batch);
    expect(issues.items.map((i) => `${i.line} ${i.column}: ${i.reason}`)).toEqual([
      '2 created_on: "13/45/2026" is not M/D/YYYY',
      '2 closed_on: "2026-02-30" is not a real calendar date',
      '3 created_on: "2026-02-30" is not a real calendar date',
    ]);
  });

  it('reports every bad cell and stages it as null', () => {
    const { staged, lines, issues } = validate(opportunitiesDefinition, oppHeader, [
      ['', 'P-1', '$5', 'won', '2025-02-30', '', 'maybe'],
    ]);
    expect(issues).toEqual([
      '2 external_id: is required',
      '2 amount: "$5" is not a plain number (no currency sign or thousands separator)',
      '2 created_on: "2025-02-30" is not a real calendar date',
      '2 sourced_by_partner: "maybe" is not a boolean (use true/false, yes/no or 1/0)',
      '2 closed_on: is required when stage is won',
    ]);
    expect(lines).toEqual([2]);
    expect(staged.amount).toEqual([null]);
  });

  it('checks closed_on against stage and created_on', () => {
    const { issues } = validate(opportunitiesDefinition, oppHeader, [
      ['O-1', 'P-1', '1', 'open', '2025-01-01', '2025-02-01', 'no'],
      ['O-2', 'P-1', '1', 'lost', '2025-03-01', '2025-02-01', 'no'],
      ['O-3', 'P-1', '1', 'bogus', '2025-03-01', '', 'no'],
    ]);
    expect(issues).toEqual([
      '2 closed_on: must be empty while stage is open',
      '3 closed_on: 2025-02-01 is before created_on 2025-03-01',
      '4 stage: "bogus" is not one of open, won, lost',
    ]);
  });

  it('rejects a row whose cell count differs from the header, without staging it', () => {
    const { lines, issues } = validate(opportunitiesDefinition, oppHeader, [['O-1', 'P-1']]);
    expect(issues).toEqual(['2 -: has 2 cells but the header has 7']);
    expect(lines).toEqual([]);
  });

  it('checks that people leave after they start', () => {
    const header = ['external_id', 'partner_external_id', 'name', 'role', 'started_on', 'left_on'];
    const { issues } = validate(peopleDefinition, header, [
      ['U-1', 'P-1', 'Ana', 'sales', '2025-05-01', '2025-04-30'],
      ['U-2', 'P-1', 'Ben', 'sales', '2025-05-01', '2025-05-01'],
    ]);
    expect(issues).toEqual(['2 left_on: 2025-04-30 is before started_on 2025-05-01']);
  });

  it('requires at least one survey score', () => {
    const header = ['external_id', 'partner_external_id', 'responded_on', 'satisfaction', 'support'];
    const { issues } = validate(surveysDefinition, header, [
      ['S-1', 'P-1', '2025-05-01', '', ''],
      ['S-2', 'P-1', '2025-05-01', '', '4'],
      ['S-3', 'P-1', '2025-05-01', '12', ''],
    ]);
    expect(issues).toEqual([
      '2 satisfaction|training|resources|support: at least one of satisfaction, training, resources, support is required',
      '4 satisfaction: "12" is above 10',
    ]);
  });

  it('checks evaluations: typed level, competency of the rubric version, expiry after the evaluation', () => {
    const header = [
      'external_id',
      'partner_external_id',
      'person_external_id',
      'competency',
      'level',
      'assessor',
      'rubric_version',
      'evaluated_on',
      'expires_on',
    ];
    const row = (id: string, competency: string, level: string, version: string, expires: string) => [
      id,
      'P-1',
      'U-1',
      competency,
      level,
      'Kim',
      version,
      '2025-03-01',
      expires,
    ];
    const { staged, issues } = validate(evaluationsDefinition, header, [
      row('E-1', 'sales.discovery', '3', 'v1', '2025-03-02'),
      row('E-2', 'sales.nope', '4', 'v1', ''),
      row('E-3', 'sales.nope', '1', 'v7', '2025-03-01'),
      row('E-4', 'admin.security', '9', 'v1', '2025-02-01'),
    ]);
    expect(staged.level).toEqual(['3', '4', '1', null]);
    expect(staged.proctored).toEqual([false, false, false, false]);
    expect(issues).toEqual([
      '3 competency: "sales.nope" is not a competency of rubric v1; valid ids include sales.discovery, sales.value-demo, sales.deal-management, solutions.architecture, … (12 in all)',
      '4 rubric_version: "v7" is not a version of the partner-competency framework (available: v1, v2)',
      '4 expires_on: 2025-03-01 is not after evaluated_on 2025-03-01 (the evaluation would be expired when made)',
      '5 level: "9" is above 4',
      '5 expires_on: 2025-02-01 is not after evaluated_on 2025-03-01 (the evaluation would be expired when made)',
    ]);
  });

  it('checks projects: go-live dates not before the start, nullable outcomes', () => {
    const header = [
      'external_id',
      'partner_external_id',
      'customer',
      'started_on',
      'planned_live_on',
      'actual_live_on',
      'renewed',
    ];
    const { staged, issues } = validate(projectsDefinition, header, [
      ['D-1', 'P-1', 'Acme', '2025-05-01', '2025-05-01', '', ''],
      ['D-2', 'P-1', 'Acme', '2025-05-01', '2025-04-30', '2025-04-01', 'no'],
    ]);
    expect(staged.renewed).toEqual([null, false]);
    expect(staged.expanded).toEqual([null, null]);
    expect(issues).toEqual([
      '3 planned_live_on: 2025-04-30 is before started_on 2025-05-01',
      '3 actual_live_on: 2025-04-01 is before started_on 2025-05-01',
    ]);
  });

  it('requires verified_by on verified references only', () => {
    const header = [
      'external_id',
      'partner_external_id',
      'customer',
      'referenced_on',
      'verified',
      'verified_by',
    ];
    const { issues } = validate(referencesDefinition, header, [
      ['R-1', 'P-1', 'Acme', '2025-05-01', 'yes', 'Lee'],
      ['R-2', 'P-1', 'Acme', '2025-05-01', 'no', ''],
      ['R-3', 'P-1', 'Acme', '2025-05-01', 'TRUE', ''],
      ['R-4', 'P-1', 'Acme', '2025-05-01', 'perhaps', ''],
    ]);
    expect(issues).toEqual([
      '4 verified_by: is required when verified is true',
      '5 verified: "perhaps" is not a boolean (use true/false, yes/no or 1/0)',
    ]);
  });
});
