import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { readBriefFile as loadBrief } from '../files/brief-file.ts';
import { loadProgramFramework } from '../frameworks/load-framework.ts';
import { checkBriefAgainstFramework } from './load-brief.ts';

const example = join(import.meta.dirname, '../../../../examples/seed-saas/brief.yaml');
const text = readFileSync(example, 'utf8');

const write = (body: string): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'brief-')), 'brief.yaml');
  writeFileSync(file, body);
  return file;
};

const errorOf = (fn: () => unknown): AppError => {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
};

describe('loadBrief', () => {
  it('reads the seed brief: context, objectives, constraints and manual scores', () => {
    const b = loadBrief(example);
    expect(b.asOf).toBe('2026-09-30');
    expect(b.context).toMatchObject({ companyRevenue: 40_000_000, targetRegions: ['NA', 'EMEA', 'APAC'] });
    expect(b.objectives.find((o) => o.metric === 'partner_revenue')).toMatchObject({
      target: 15_000_000,
      deadline: '2027-09-30',
    });
    expect(b.constraints).toMatchObject({ teamSize: 2, budget: 'limited', executiveBandwidth: 'limited' });
    expect(b.scores.length).toBeGreaterThan(0);
  });

  it('names the file, the field and the line of a malformed value', () => {
    const file = write(text.replace('teamSize: 2', 'teamSize: two'));
    const err = errorOf(() => loadBrief(file));
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.issues[0]).toMatchObject({ file, path: 'constraints.teamSize' });
    expect(err.issues[0]!.line).toBe(text.split('\n').findIndex((l) => l.includes('teamSize')) + 1);
  });

  it('rejects a bad date, a share above 1, an unknown key, and a manual score without a reason', () => {
    const paths = (body: string) => errorOf(() => loadBrief(write(body))).issues.map((i) => i.path);
    expect(paths(text.replace('asOf: 2026-09-30', 'asOf: 2026-13-01'))).toContain('asOf');
    expect(paths(text.replace('target: 0.30', 'target: 30'))).toContain('objectives[1].target');
    expect(paths(text.replace('teamSize: 2', 'teamSize: 2\n  mood: grim'))).toContain('constraints');
    expect(paths(text.replace('reason: "handled case by case"', 'reason: ""'))).toContain('scores[5].reason');
  });

  it('rejects manual scores for criteria the framework does not have', () => {
    const b = loadBrief(write(text.replace('criterion: gtm.joint-plan', 'criterion: gtm.joint-plans')));
    const err = errorOf(() =>
      checkBriefAgainstFramework(b, loadProgramFramework('v1').framework, 'brief.yaml'),
    );
    expect(err.issues[0]).toMatchObject({
      path: 'scores[6].criterion',
      reason: "unknown criterion 'gtm.joint-plans'",
    });
  });

  it('a missing file is a clear error naming it', () => {
    expect(errorOf(() => loadBrief('/nope/brief.yaml')).message).toBe('Brief not found: /nope/brief.yaml');
  });
});
