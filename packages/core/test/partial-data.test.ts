/**
 * Partial data is measured honestly: with one kind of record never imported, every criterion whose
 * signal reads only that kind is "not measured" (no suggested score) rather than 1/5, the rest score
 * exactly as with all the data, and the report says what is missing. Nothing is assessed from a
 * brief alone.
 */
import type { ProgramReport } from '@trellis/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemCaller } from '../src/app/accounts/caller.ts';
import { assessProgramUseCase } from '../src/app/assessments/assess-program.ts';
import type { ExampleProgram } from '../src/app/demo/load-example-program.ts';
import { importSourcesUseCase } from '../src/app/imports/import-sources.ts';
import { scorePartnersUseCase } from '../src/app/readiness/score-partners.ts';
import { ensureOrg } from '../src/db/open-database.ts';
import type { RecordKind } from '../src/domain/record-kinds.ts';
import { signalSources } from '../src/domain/signal-sources.ts';
import { AppError } from '../src/errors.ts';
import { readExampleDirectory } from '../src/files/example-directory.ts';
import { loadProgramFramework } from '../src/frameworks/load-framework.ts';
import { openTestDatabase, type TestDatabase } from './support/test-database.ts';

let t: TestDatabase;
let example: ExampleProgram;
const reports = new Map<string, ProgramReport>();

/** Records that need a left-out kind cannot be imported without it (evaluations name people). */
const dependents: Partial<Record<RecordKind, RecordKind[]>> = { people: ['evaluations', 'evidence'] };
const leftOut: RecordKind[] = ['opportunities', 'activities', 'surveys', 'meetings', 'people'];

const assess = async (org: string, without: RecordKind[]) => {
  await ensureOrg(t.db, org);
  const sources = Object.fromEntries(
    Object.entries(example.sources).filter(([k]) => !without.includes(k as RecordKind)),
  );
  await importSourcesUseCase(t.db, systemCaller(org), { sources: sources });
  const { report } = await assessProgramUseCase(t.db, systemCaller(org), {
    brief: { ...example.brief, scores: [] },
    briefName: 'brief',
    framework: loadProgramFramework('v1'),
    today: '2030-01-01',
  });
  return report;
};

const criteria = (r: ProgramReport) => r.scorecard.flatMap((d) => d.criteria);

beforeAll(async () => {
  t = await openTestDatabase();
  example = await readExampleDirectory();
  reports.set('all', await assess('all-data', []));
  for (const kind of leftOut)
    reports.set(kind, await assess(`without-${kind}`, [kind, ...(dependents[kind] ?? [])]));
});
afterAll(() => t?.dispose());

describe('partial data', () => {
  it('with every kind imported, every signal criterion is measured', () => {
    const all = reports.get('all')!;
    expect(criteria(all).every((c) => c.missingData.length === 0)).toBe(true);
    expect(all.summary.criteria).toMatchObject({ total: 24, notMeasured: 0 });
    expect(all.dataCoverage.find((k) => k.kind === 'activities')).toMatchObject({ rows: 164 });
  });

  for (const kind of leftOut) {
    it(`without ${kind}: the criteria fed only by ${kind} are not measured, the others unchanged`, () => {
      const r = reports.get(kind)!;
      const all = new Map(criteria(reports.get('all')!).map((c) => [c.id, c]));
      const onlyFrom = (metric: string) => {
        const s = signalSources[metric as keyof typeof signalSources];
        return s.all.includes(kind) || (s.any?.every((k) => k === kind) ?? false);
      };
      let notMeasured = 0;
      for (const c of criteria(r)) {
        const before = all.get(c.id)!;
        if (before.signal && onlyFrom(before.signal.metric)) {
          notMeasured++;
          expect(c, c.id).toMatchObject({ signal: null, suggested: null, final: null, source: 'none' });
          expect(c.missingData).toContain(kind);
        } else if (c.signal) {
          expect(c.missingData, c.id).toEqual([]);
        }
      }
      expect(notMeasured).toBeGreaterThan(0);
      expect(r.summary.criteria.notMeasured).toBe(notMeasured);
      expect(r.summary.headline.at(-1)).toContain(`not measured: import ${kind}`);
      expect(r.dataCoverage.find((k) => k.kind === kind)).toMatchObject({ rows: 0, from: null, to: null });
      // A dimension with nothing scored is "not assessed", and the overall leaves it out.
      for (const d of r.scorecard) {
        const scored = d.criteria.filter((c) => c.final !== null);
        expect(d.score === null, d.id).toBe(scored.length === 0);
        if (d.score === null) expect(d.band).toBe('Not assessed');
      }
    });
  }

  it('no criterion reads 1/5 for want of data', () => {
    for (const kind of leftOut)
      for (const c of criteria(reports.get(kind)!))
        if (c.missingData.length) expect(c.final, `${kind} ${c.id}`).toBeNull();
  });
});

describe('nothing runs on nothing', () => {
  it('assessing or scoring an org without partners fails, saying what to import first', async () => {
    await ensureOrg(t.db, 'empty');
    for (const run of [
      () =>
        assessProgramUseCase(t.db, systemCaller('empty'), {
          brief: example.brief,
          briefName: 'brief',
          framework: loadProgramFramework('v1'),
          today: '2030-01-01',
        }),
      () => scorePartnersUseCase(t.db, systemCaller('empty'), { asOf: '2026-09-30' }),
    ]) {
      const err = await run().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('INVALID_INPUT');
      expect((err as AppError).message).toBe('Org "empty" has no partners yet: import partners first');
    }
    const [n] = await t.db.query<{ n: number }>(
      `select count(*)::int as n from assessments where org_id = 'empty'`,
    );
    expect(n!.n).toBe(0);
  });
});
