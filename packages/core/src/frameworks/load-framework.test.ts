import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { FRAMEWORKS_DIR, loadProgramFramework, parseProgramFramework } from './load-framework.ts';

const v1 = readFileSync(join(FRAMEWORKS_DIR, 'program-readiness/v1.yaml'), 'utf8');

/** Parses an edited copy of v1 and returns the AppError its validation throws. */
const failureOf = (edit: (text: string) => string): AppError => {
  try {
    parseProgramFramework({ name: 'v1.yaml', text: edit(v1) });
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error('expected the framework to be rejected');
};

describe('program-readiness v1', () => {
  const { framework, sha256 } = loadProgramFramework('v1');

  it('has the seed’s six dimensions with four criteria each, in the seed’s words', () => {
    expect(framework.dimensions.map((d) => d.name)).toEqual([
      'Partner Strategy & Value Proposition',
      'Onboarding & Enablement',
      'Governance & Communication',
      'Go-to-Market & Co-Selling',
      'Performance Measurement & Optimization',
      'Relationship Depth & Trust',
    ]);
    for (const d of framework.dimensions) expect(d.criteria).toHaveLength(4);
    const seed = readFileSync(
      join(import.meta.dirname, '../../../../docs/seeds/program-readiness-assessment.md'),
      'utf8',
    );
    for (const c of framework.dimensions.flatMap((d) => d.criteria)) expect(seed).toContain(`- ${c.text}\n`);
    for (const p of framework.practices) expect(seed).toContain(`${p.id}) ${p.text}`);
  });

  it('backs at least 12 of the 24 criteria with a signal, and its action library covers all eight practices', () => {
    expect(
      framework.dimensions.flatMap((d) => d.criteria).filter((c) => c.signal).length,
    ).toBeGreaterThanOrEqual(12);
    expect(new Set(framework.actions.map((a) => a.practice))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(framework.bands.map((b) => [b.name, b.min])).toEqual([
      ['Initial', 1],
      ['Developing', 2],
      ['Defined', 3],
      ['Managed', 4],
      ['Optimized', 5],
    ]);
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('loading a broken framework', () => {
  it('names the path inside the file and its line', () => {
    const err = failureOf((t) => t.replace('metric: qbr_completion', 'metric: qbr_compleation'));
    expect(err.code).toBe('FRAMEWORK_INVALID');
    expect(err.issues[0]).toMatchObject({ path: 'dimensions[2].criteria[1].signal.metric' });
    expect(err.issues[0]!.line).toBeGreaterThan(80);
  });

  it('rejects cut points in the wrong order, unknown actions and uncovered practices', () => {
    expect(
      failureOf((t) =>
        t.replace(
          'cuts: [0.25, 0.5, 0.75, 0.9] }\n        actions: [qbr-cadence]',
          'cuts: [0.5, 0.25, 0.75, 0.9] }\n        actions: [qbr-cadence]',
        ),
      ).issues[0],
    ).toMatchObject({
      path: 'dimensions[2].criteria[1].signal.cuts',
    });
    expect(
      failureOf((t) => t.replace('actions: [governance-charter]', 'actions: [governance-charta]')).issues[0],
    ).toMatchObject({
      path: 'dimensions[2].criteria[0].actions[0]',
      reason: "unknown action 'governance-charta'",
    });
    const noPractice8 = failureOf((t) =>
      t.replace('{ id: retire-dormant-partners, practice: 8,', '{ id: retire-dormant-partners, practice: 1,'),
    );
    expect(noPractice8.issues.map((i) => i.reason)).toContain('no action in the library covers practice 8');
  });

  it('reports YAML syntax errors with a line', () => {
    const err = failureOf((t) => t.replace('kind: program-readiness', 'kind: [program-readiness'));
    expect(err.message).toContain('not valid YAML');
    expect(err.issues[0]!.line).toBeGreaterThan(0);
  });

  it('an unknown version lists the versions that exist', () => {
    const root = mkdtempSync(join(tmpdir(), 'fw-root-'));
    mkdirSync(join(root, 'program-readiness'));
    writeFileSync(join(root, 'program-readiness', 'v1.yaml'), v1);
    expect(() => loadProgramFramework('v9', root)).toThrow(
      /Unknown program-readiness framework version 'v9'/,
    );
    try {
      loadProgramFramework('v9', root);
    } catch (err) {
      expect((err as AppError).code).toBe('NOT_FOUND');
      expect((err as AppError).issues[0]!.reason).toContain('available: v1');
    }
  });
});
