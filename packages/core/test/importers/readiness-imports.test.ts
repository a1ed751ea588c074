/**
 * The partner-readiness imports (evaluations, evidence, projects, references): typed values,
 * references resolved by external id, idempotent upserts, and every bad case rejected with its
 * place while nothing is written.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ensureOrg } from '../../src/db/open-database.ts';
import type { Issue } from '../../src/errors.ts';
import { importFile } from '../../src/files/csv-file.ts';
import { type EntityName, entityNames } from '../../src/importers/index.ts';
import { openTestDatabase, TEST_ORG, type TestDatabase } from '../support/test-database.ts';
import {
  countRows,
  editedFixture,
  fixture,
  importAll,
  readinessEntities,
  rejectionOf,
  rowVersions,
  tableOf,
  withoutValues,
  writeCsv,
} from './import-fixtures.ts';

const baseEntities = entityNames.filter((e) => !readinessEntities.includes(e));
const readinessRows = { evaluations: 4, evidence: 5, projects: 3, references: 3 };

describe('readiness imports', () => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await openTestDatabase();
    await importAll(t.db, TEST_ORG, baseEntities);
  });
  afterEach(async () => {
    await t.dispose();
  });

  it('import evaluations with people resolved within their partner, levels typed, proctored defaulted', async () => {
    const [result] = await importAll(t.db, TEST_ORG, ['evaluations']);
    expect(result).toMatchObject({ rows: 4, inserted: 4, updated: 0, unchanged: 0 });
    const rows = await t.db.query(
      `select e.external_id, p.external_id as partner, u.external_id as person, e.competency, e.level,
              e.assessor, e.rubric_version, e.evaluated_on, e.expires_on, e.proctored
         from evaluations e
         join partners p on p.org_id = e.org_id and p.id = e.partner_id
         join partner_people u on u.org_id = e.org_id and u.id = e.person_id
        order by e.external_id`,
    );
    expect(rows).toEqual([
      {
        external_id: 'E-001',
        partner: 'P-001',
        person: 'U-001',
        competency: 'sales.discovery',
        level: 3,
        assessor: 'Kim Lau',
        rubric_version: 'v1',
        evaluated_on: '2025-03-01',
        expires_on: '2027-03-01',
        proctored: true,
      },
      {
        external_id: 'E-002',
        partner: 'P-001',
        person: 'U-002',
        competency: 'solutions.architecture',
        level: 2,
        assessor: 'Kim Lau',
        rubric_version: 'v1',
        evaluated_on: '2025-04-15',
        expires_on: null,
        proctored: false,
      },
      {
        external_id: 'E-003',
        partner: 'P-002',
        person: 'U-003',
        competency: 'sales.value-demo',
        level: 4,
        assessor: 'Raj Patel',
        rubric_version: 'v1',
        evaluated_on: '2024-11-20',
        expires_on: '2026-11-20',
        proctored: false,
      },
      {
        external_id: 'E-004',
        partner: 'P-003',
        person: 'U-004',
        competency: 'implementation.configuration',
        level: 1,
        assessor: 'Raj Patel',
        rubric_version: 'v1',
        evaluated_on: '2025-08-01',
        expires_on: null,
        proctored: true,
      },
    ]);
  });

  it('import evidence attached to its evaluation', async () => {
    const [, result] = await importAll(t.db, TEST_ORG, ['evaluations', 'evidence']);
    expect(result).toMatchObject({ rows: 5, inserted: 5, updated: 0, unchanged: 0 });
    const rows = await t.db.query<{ external_id: string; evaluation: string; artifact_type: string }>(
      `select v.external_id, e.external_id as evaluation, v.artifact_type, v.uri, v.sha256
         from evaluation_evidence v join evaluations e on e.org_id = v.org_id and e.id = v.evaluation_id
        order by v.external_id`,
    );
    expect(rows.map((r) => [r.external_id, r.evaluation, r.artifact_type])).toEqual([
      ['V-001', 'E-001', 'demo_recording'],
      ['V-002', 'E-002', 'solution_design'],
      ['V-003', 'E-003', 'demo_recording'],
      ['V-004', 'E-004', 'configuration_export'],
      ['V-005', 'E-004', 'lab_result'],
    ]);
    expect(rows[1]).toMatchObject({
      uri: 's3://trellis-evidence/acme/ben-design.pdf',
      sha256: '7d66316902d069cb77061181f3a41b0d3fa973e90c725d6ee629cf6134030efc',
    });
  });

  it('import projects with empty outcome cells as unknown', async () => {
    const [result] = await importAll(t.db, TEST_ORG, ['projects']);
    expect(result).toMatchObject({ rows: 3, inserted: 3 });
    const rows = await t.db.query(
      `select d.external_id, p.external_id as partner, d.customer, d.started_on, d.planned_live_on,
              d.actual_live_on, d.csat, d.defects, d.renewed, d.expanded
         from delivery_projects d join partners p on p.org_id = d.org_id and p.id = d.partner_id
        order by d.external_id`,
    );
    expect(rows).toEqual([
      {
        external_id: 'D-001',
        partner: 'P-001',
        customer: 'Northwind Traders',
        started_on: '2024-09-01',
        planned_live_on: '2025-01-15',
        actual_live_on: '2025-02-01',
        csat: '8.5',
        defects: 3,
        renewed: true,
        expanded: false,
      },
      {
        external_id: 'D-002',
        partner: 'P-001',
        customer: 'Contoso',
        started_on: '2025-06-01',
        planned_live_on: '2025-12-01',
        actual_live_on: null,
        csat: null,
        defects: null,
        renewed: null,
        expanded: null,
      },
      {
        external_id: 'D-003',
        partner: 'P-002',
        customer: 'Fabrikam',
        started_on: '2024-02-01',
        planned_live_on: '2024-06-30',
        actual_live_on: '2024-06-15',
        csat: '9.0',
        defects: 0,
        renewed: true,
        expanded: true,
      },
    ]);
  });

  it('import customer references, verified or not', async () => {
    const [result] = await importAll(t.db, TEST_ORG, ['references']);
    expect(result).toMatchObject({ rows: 3, inserted: 3 });
    const rows = await t.db.query(
      `select r.external_id, p.external_id as partner, r.customer, r.referenced_on, r.verified, r.verified_by
         from customer_references r join partners p on p.org_id = r.org_id and p.id = r.partner_id
        order by r.external_id`,
    );
    expect(rows).toEqual([
      {
        external_id: 'R-001',
        partner: 'P-001',
        customer: 'Northwind Traders',
        referenced_on: '2025-03-10',
        verified: true,
        verified_by: 'Lee Park',
      },
      {
        external_id: 'R-002',
        partner: 'P-001',
        customer: 'Contoso',
        referenced_on: '2025-10-01',
        verified: false,
        verified_by: null,
      },
      {
        external_id: 'R-003',
        partner: 'P-002',
        customer: 'Fabrikam',
        referenced_on: '2024-08-20',
        verified: true,
        verified_by: 'Sam Ortiz',
      },
    ]);
  });

  it('re-importing the readiness files changes nothing and writes no row', async () => {
    await importAll(t.db, TEST_ORG, readinessEntities);
    const before = await Promise.all(readinessEntities.map((e) => rowVersions(t.db, tableOf[e])));
    const again = await importAll(t.db, TEST_ORG, readinessEntities);
    expect(again.map((r) => [r.entity, r.inserted, r.updated, r.unchanged])).toEqual(
      readinessEntities.map((e) => [e, 0, 0, readinessRows[e as keyof typeof readinessRows]]),
    );
    expect(await Promise.all(readinessEntities.map((e) => rowVersions(t.db, tableOf[e])))).toEqual(before);
  });

  it('a changed level updates only that evaluation; a dry run first reports it and writes nothing', async () => {
    await importAll(t.db, TEST_ORG, readinessEntities);
    const before = await rowVersions(t.db, 'evaluations');
    const file = editedFixture('readiness/evaluations.csv', (text) =>
      text.replace(
        'E-002,P-001,U-002,solutions.architecture,2,',
        'E-002,P-001,U-002,solutions.architecture,3,',
      ),
    );
    const dry = await importFile(t.db, TEST_ORG, 'evaluations', file, { dryRun: true });
    expect(dry).toMatchObject({ rows: 4, inserted: 0, updated: 1, unchanged: 3, dryRun: true });
    expect(await rowVersions(t.db, 'evaluations')).toEqual(before);

    const wet = await importFile(t.db, TEST_ORG, 'evaluations', file);
    expect(wet).toMatchObject({ rows: 4, inserted: 0, updated: 1, unchanged: 3, dryRun: false });
    const after = await rowVersions(t.db, 'evaluations');
    expect(Object.keys(after).filter((id) => after[id] !== before[id])).toEqual(['E-002']);
    const [row] = await t.db.query(`select level from evaluations where external_id = 'E-002'`);
    expect(row).toEqual({ level: 3 });
  });

  it('absent optional columns: proctored is false, expires_on and project outcomes are empty', async () => {
    const evaluations = writeCsv(
      'evaluations-minimal.csv',
      'external_id,partner_external_id,person_external_id,competency,level,assessor,rubric_version,evaluated_on\n' +
        'E-1,P-001,U-001,admin.security,2,Kim Lau,v1,2025-01-01\n',
    );
    expect(await importFile(t.db, TEST_ORG, 'evaluations', evaluations)).toMatchObject({ inserted: 1 });
    expect(await t.db.query(`select expires_on, proctored from evaluations`)).toEqual([
      { expires_on: null, proctored: false },
    ]);
    const projects = writeCsv(
      'projects-minimal.csv',
      'external_id,partner_external_id,customer,started_on,planned_live_on\nD-1,P-004,Umbrella,2025-01-01,2025-01-01\n',
    );
    expect(await importFile(t.db, TEST_ORG, 'projects', projects)).toMatchObject({ inserted: 1 });
    expect(
      await t.db.query(`select actual_live_on, csat, defects, renewed, expanded from delivery_projects`),
    ).toEqual([{ actual_live_on: null, csat: null, defects: null, renewed: null, expanded: null }]);
  });
});

/** One expected problem of a `*-bad.csv` fixture: line, column, reason. */
type Expected = [line: number, column: string, reason: string];

const RUBRIC_VERSIONS = 'v1, v2';

const rejections: Record<string, { entity: EntityName; issues: Expected[] }> = {
  'evaluations-bad.csv': {
    entity: 'evaluations',
    issues: [
      [
        2,
        'competency',
        '"sales.discovry" is not a competency of rubric v1; valid ids include sales.discovery, ' +
          'sales.value-demo, sales.deal-management, solutions.architecture, … (12 in all)',
      ],
      [3, 'level', '"5" is above 4'],
      [4, 'level', '"0" is below 1'],
      [
        5,
        'rubric_version',
        `"v9" is not a version of the partner-competency framework (available: ${RUBRIC_VERSIONS})`,
      ],
      [
        6,
        'expires_on',
        '2025-03-01 is not after evaluated_on 2025-03-01 (the evaluation would be expired when made)',
      ],
      [
        7,
        'expires_on',
        '2024-03-01 is not after evaluated_on 2025-03-01 (the evaluation would be expired when made)',
      ],
      [8, 'person_external_id', 'person U-003 belongs to partner P-002, not P-001'],
      [9, 'person_external_id', 'no person with external_id "U-404"'],
      [10, 'level', '"2.5" is not a whole number'],
      [11, 'proctored', '"sometimes" is not a boolean (use true/false, yes/no or 1/0)'],
    ],
  },
  'evidence-bad.csv': {
    entity: 'evidence',
    issues: [
      [2, 'evaluation_external_id', 'no evaluation with external_id "E-404"'],
      [
        3,
        'artifact_type',
        '"video" is not one of demo_recording, solution_design, configuration_export, project_postmortem, lab_result',
      ],
      [4, 'uri', '"evidence/acme/c.mp4" is not a URI with a scheme (like https://… or s3://…)'],
      [5, 'uri', 'is required'],
      [
        6,
        'sha256',
        '"3F79BB7B435B05321651DAEFD374CDC681DC06FAA65E374E38337B88CA046DEA" is not lower-case hex',
      ],
      [
        7,
        'sha256',
        '"252f10c83610ebca1a059c0bae8255eba2f95be4" has 40 characters; a SHA-256 digest has 64 hex characters',
      ],
    ],
  },
  'projects-bad.csv': {
    entity: 'projects',
    issues: [
      [2, 'planned_live_on', '2025-05-31 is before started_on 2025-06-01'],
      [3, 'actual_live_on', '2025-05-01 is before started_on 2025-06-01'],
      [4, 'csat', '"11" is above 10'],
      [5, 'csat', '"7.25" has more than 1 decimals'],
      [6, 'defects', '"-1" is negative'],
      [7, 'defects', '"2.5" is not a whole number'],
      [8, 'renewed', '"maybe" is not a boolean (use true/false, yes/no or 1/0)'],
      [9, 'partner_external_id', 'no partner with external_id "P-404"'],
    ],
  },
  'references-bad.csv': {
    entity: 'references',
    issues: [
      [2, 'verified_by', 'is required when verified is true'],
      [3, 'verified', 'is required'],
      [4, 'referenced_on', '"2025-02-30" is not a real calendar date'],
      [5, 'verified', '"verified" is not a boolean (use true/false, yes/no or 1/0)'],
    ],
  },
};

/** Every bad case, alone in a file after a changed existing row (which must not be written). */
const singleCases = Object.entries(rejections).flatMap(([name, { entity, issues }]) =>
  issues.map(([line, column, reason]) => ({ name, entity, line, column, reason })),
);

const CHANGED_ROW: Record<string, [from: string, to: string]> = {
  evaluations: [',Kim Lau,', ',Kim Lau-Chen,'],
  evidence: ['https://evidence.example/acme/ana-discovery.mp4', 'https://evidence.example/acme/ana-2.mp4'],
  projects: ['Northwind Traders', 'Northwind'],
  references: ['Northwind Traders', 'Northwind'],
};

describe('readiness imports reject', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase();
    await importAll(t.db);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it.each(
    Object.entries(rejections),
  )('every bad row of %s, in line order, and write nothing', async (name, spec) => {
    const table = tableOf[spec.entity];
    const before = await rowVersions(t.db, table);
    const file = fixture(`readiness/${name}`);
    for (const dryRun of [false, true]) {
      const err = await rejectionOf(importFile(t.db, TEST_ORG, spec.entity, file, { dryRun }));
      expect(err.code).toBe('IMPORT_REJECTED');
      expect(err.message).toBe(`${file}: ${spec.issues.length} problems, nothing imported`);
      expect(withoutValues(err.issues)).toEqual(
        spec.issues.map(([line, column, reason]): Issue => ({ file, line, column, reason })),
      );
    }
    expect(await rowVersions(t.db, table)).toEqual(before);
  });

  it.each(singleCases)('$entity: line $line of $name alone ($column)', async (c) => {
    const table = tableOf[c.entity];
    const before = await rowVersions(t.db, table);
    const [header, firstRow] = readFileSync(fixture(`readiness/${c.entity}.csv`), 'utf8').split('\n');
    const [from, to] = CHANGED_ROW[c.entity]!;
    expect(firstRow).toContain(from);
    const badRow = readFileSync(fixture(`readiness/${c.name}`), 'utf8').split('\n')[c.line - 1];
    const file = writeCsv(
      `single-${c.entity}-${c.line}.csv`,
      `${header}\n${firstRow!.replace(from, to)}\n${badRow}\n`,
    );
    const err = await rejectionOf(importFile(t.db, TEST_ORG, c.entity, file));
    expect(err.message).toBe(`${file}: 1 problem, nothing imported`);
    expect(withoutValues(err.issues)).toEqual([{ file, line: 3, column: c.column, reason: c.reason }]);
    expect(await rowVersions(t.db, table)).toEqual(before);
    expect(await countRows(t.db, table)).toBe(Object.keys(before).length);
  });

  it('a person of another org as unknown', async () => {
    await ensureOrg(t.db, 'other-org');
    await importFile(t.db, 'other-org', 'partners', fixture('partners.csv'));
    const file = writeCsv(
      'evaluations-other-org.csv',
      'external_id,partner_external_id,person_external_id,competency,level,assessor,rubric_version,evaluated_on\n' +
        'E-1,P-001,U-001,admin.security,2,Kim Lau,v1,2025-01-01\n',
    );
    const err = await rejectionOf(importFile(t.db, 'other-org', 'evaluations', file));
    expect(withoutValues(err.issues)).toEqual([
      { file, line: 2, column: 'person_external_id', reason: 'no person with external_id "U-001"' },
    ]);
    expect(await countRows(t.db, 'evaluations')).toBe(readinessRows.evaluations);
  });
});
