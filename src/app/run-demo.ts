/**
 * Use-case: the main job. Loads examples/seed-saas into a fresh embedded database, scores partner
 * readiness for the previous quarter and for the as-of date (so grace periods have a history),
 * assesses the program and writes both reports. The example's brief fixes the as-of date, so the
 * output is reproducible.
 */
import { fileURLToPath } from 'node:url';
import { loadBrief } from '../briefs/load-brief.ts';
import { ensureOrg } from '../db/open-database.ts';
import { openPglite } from '../db/open-pglite.ts';
import { addDays } from '../domain/dates.ts';
import type { ImportResult } from '../importers/index.ts';
import type { ReadinessReport } from '../reports/readiness-report-schema.ts';
import { type AssessProgramOutput, assessProgramUseCase } from './assess-program.ts';
import { importDirectory } from './import-directory.ts';
import { scorePartnersUseCase } from './score-partners.ts';
import { writeProgramReport } from './write-program-report.ts';
import { writeReadinessReport } from './write-readiness-report.ts';

export const EXAMPLE_DIR = fileURLToPath(new URL('../../examples/seed-saas', import.meta.url));
const DEMO_ORG = 'demo';
/** Readiness is scored quarterly in the demo: the previous period is 92 days earlier. */
const PERIOD_DAYS = 92;

export interface DemoOutput extends AssessProgramOutput {
  imports: ImportResult[];
  readiness: ReadinessReport;
  files: string[];
}

export const runDemo = async (opts: {
  outDir: string;
  asOf?: string;
  today: string;
  exampleDir?: string;
}): Promise<DemoOutput> => {
  const dir = opts.exampleDir ?? EXAMPLE_DIR;
  const briefFile = `${dir}/brief.yaml`;
  const asOf = opts.asOf ?? loadBrief(briefFile).asOf ?? opts.today;
  const db = await openPglite();
  try {
    await ensureOrg(db, DEMO_ORG);
    const imports = await importDirectory(db, DEMO_ORG, dir);
    await scorePartnersUseCase(db, { orgId: DEMO_ORG, asOf: addDays(asOf, -PERIOD_DAYS) });
    const readiness = await scorePartnersUseCase(db, { orgId: DEMO_ORG, asOf });
    const out = await assessProgramUseCase(db, { orgId: DEMO_ORG, briefFile, asOf, today: opts.today });
    const files = [
      ...writeProgramReport(opts.outDir, out.report),
      ...writeReadinessReport(opts.outDir, readiness),
    ];
    return { ...out, imports, readiness, files };
  } finally {
    await db.close();
  }
};
