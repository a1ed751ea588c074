/**
 * Synthetic program generator for the benchmark: canonical CSVs (docs/import-format.md) with a
 * seeded PRNG, so every run loads the same data. Sizes are parameters; the defaults are the
 * issue's: 10,000 partners, 500,000 opportunities, 2,000,000 activities.
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '../packages/core/src/domain/dates.ts';
import { competenciesByRole } from '../packages/core/src/frameworks/competencies-by-role.ts';
import { loadCompetencyFramework } from '../packages/core/src/frameworks/load-framework.ts';
import { activityKinds } from '../packages/core/src/importers/activities-definition.ts';
import { personRoles } from '../packages/core/src/importers/people-definition.ts';

export interface BenchSizes {
  partners: number;
  opportunities: number;
  activities: number;
  surveys: number;
  meetings: number;
  people: number;
  evaluations: number;
  evidence: number;
  projects: number;
  references: number;
}

export const DEFAULT_SIZES: BenchSizes = {
  partners: 10_000,
  opportunities: 500_000,
  activities: 2_000_000,
  surveys: 8_000,
  meetings: 40_000,
  people: 30_000,
  evaluations: 100_000,
  evidence: 20_000,
  projects: 20_000,
  references: 5_000,
};

/** The partner-readiness suite (issue 3): 100,000 partners, 1,000,000 evaluations, 200,000 projects. */
export const READINESS_SIZES: BenchSizes = {
  partners: 100_000,
  opportunities: 200_000,
  activities: 100_000,
  surveys: 10_000,
  meetings: 10_000,
  people: 300_000,
  evaluations: 1_000_000,
  evidence: 100_000,
  projects: 200_000,
  references: 50_000,
};

export const BENCH_AS_OF = '2026-09-30';

/** mulberry32: small, fast, deterministic. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const writeCsv = async (
  file: string,
  header: string,
  rows: number,
  row: (i: number) => string,
): Promise<void> => {
  const out = createWriteStream(file);
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  await write(`${header}\n`);
  let chunk: string[] = [];
  for (let i = 0; i < rows; i++) {
    chunk.push(row(i));
    if (chunk.length === 5000) {
      await write(`${chunk.join('\n')}\n`);
      chunk = [];
    }
  }
  if (chunk.length) await write(`${chunk.join('\n')}\n`);
  await new Promise<void>((resolve, reject) =>
    out.end((err?: Error | null) => (err ? reject(err) : resolve())),
  );
};

const pid = (i: number) => `P-${String(i + 1).padStart(6, '0')}`;

export const generateProgram = async (dir: string, sizes: BenchSizes = DEFAULT_SIZES): Promise<void> => {
  mkdirSync(dir, { recursive: true });
  const r = prng(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const partner = () => pid(Math.floor(r() * sizes.partners));
  const dayIn = (from: string, span: number) => addDays(from, int(0, span));

  await writeCsv(
    join(dir, 'partners.csv'),
    'external_id,name,type,tier,region,segment,joined_on,lifecycle,executive_sponsor,owner',
    sizes.partners,
    (i) => {
      const type = r() < 0.1 ? 'strategic' : r() < 0.75 ? 'channel' : r() < 0.8 ? 'referral' : 'technology';
      const tier = r() < 0.6 ? pick(['Bronze', 'Silver', 'Gold', 'Platinum']) : '';
      const lifecycle = r() < 0.05 ? 'retired' : r() < 0.1 ? 'onboarding' : 'active';
      const sponsor = type === 'strategic' && r() < 0.5 ? 'VP Sales' : '';
      return `${pid(i)},Partner ${i + 1},${type},${tier},${pick(['NA', 'EMEA', 'APAC', 'LATAM'])},${pick(['Enterprise', 'Mid-Market', 'SMB'])},${dayIn('2019-01-01', 2700)},${lifecycle},${sponsor},Owner ${i % 40}`;
    },
  );
  // Who each person is, so evaluations name a person of the right partner and role.
  const personPartner: string[] = [];
  const personRole: string[] = [];
  await writeCsv(
    join(dir, 'people.csv'),
    'external_id,partner_external_id,name,email,role,is_champion,started_on,left_on',
    sizes.people,
    (i) => {
      const left = r() < 0.1 ? dayIn('2025-01-01', 600) : '';
      const owner = partner();
      const role = pick(personRoles);
      personPartner.push(owner);
      personRole.push(role);
      return `H-${i + 1},${owner},Person ${i + 1},p${i + 1}@example.com,${role},${r() < 0.3},${dayIn('2019-01-01', 2000)},${left}`;
    },
  );
  await writeCsv(
    join(dir, 'opportunities.csv'),
    'external_id,partner_external_id,name,amount,stage,created_on,closed_on,sourced_by_partner,registered,region,segment',
    sizes.opportunities,
    (i) => {
      const created = dayIn('2023-01-01', 1360);
      const x = r();
      const stage = x < 0.3 ? 'open' : x < 0.7 ? 'won' : 'lost';
      const closed = stage === 'open' ? '' : addDays(created, int(10, 200));
      return `O-${i + 1},${partner()},Deal ${i + 1},${(int(100_000, 20_000_000) / 100).toFixed(2)},${stage},${created},${closed},${r() < 0.7},${r() < 0.5},,`;
    },
  );
  await writeCsv(
    join(dir, 'activities.csv'),
    'external_id,partner_external_id,kind,occurred_on,person_external_id,detail',
    sizes.activities,
    (i) => `A-${i + 1},${partner()},${pick(activityKinds)},${dayIn('2024-10-01', 729)},,`,
  );
  await writeCsv(
    join(dir, 'surveys.csv'),
    'external_id,partner_external_id,responded_on,satisfaction,training,resources,support,comment',
    sizes.surveys,
    (i) =>
      `S-${i + 1},${partner()},${dayIn('2025-01-01', 630)},${int(0, 100) / 10},${int(0, 10)},${int(0, 10)},${int(0, 10)},`,
  );
  await writeCsv(
    join(dir, 'meetings.csv'),
    'external_id,partner_external_id,kind,scheduled_on,held_on,notes',
    sizes.meetings,
    (i) => {
      const scheduled = dayIn('2025-06-01', 480);
      return `M-${i + 1},${partner()},${pick(['qbr', 'ops_sync', 'executive_review'])},${scheduled},${r() < 0.5 ? scheduled : ''},`;
    },
  );
  await generateReadiness(dir, sizes, { r, pick, int, partner, dayIn, personPartner, personRole });
};

interface Rng {
  r: () => number;
  pick: <T>(xs: readonly T[]) => T;
  int: (lo: number, hi: number) => number;
  partner: () => string;
  dayIn: (from: string, span: number) => string;
  personPartner: string[];
  personRole: string[];
}

/** Evaluations (of real people of the right partner), evidence, delivery projects, references. */
const generateReadiness = async (dir: string, sizes: BenchSizes, g: Rng): Promise<void> => {
  const byRole: Record<string, string[]> = competenciesByRole(loadCompetencyFramework('v1').framework);
  const all = Object.values(byRole).flat();
  await writeCsv(
    join(dir, 'evaluations.csv'),
    'external_id,partner_external_id,person_external_id,competency,level,assessor,rubric_version,evaluated_on,expires_on,proctored',
    sizes.evaluations,
    (i) => {
      const p = g.int(0, sizes.people - 1);
      const competency = g.pick(byRole[g.personRole[p]!] ?? all);
      return `E-${i + 1},${g.personPartner[p]},H-${p + 1},${competency},${g.int(1, 4)},Assessor ${i % 25},v1,${g.dayIn('2024-06-01', 850)},,${g.r() < 0.5}`;
    },
  );
  await writeCsv(
    join(dir, 'evidence.csv'),
    'external_id,evaluation_external_id,artifact_type,uri,sha256',
    sizes.evidence,
    (i) => {
      const e = g.int(1, sizes.evaluations);
      const hash = (i * 2654435761 + e).toString(16).padStart(16, '0').slice(-16).repeat(4);
      return `EV-${i + 1},E-${e},${g.pick(['demo_recording', 'solution_design', 'configuration_export', 'project_postmortem', 'lab_result'])},https://evidence.example/E-${e}/${i},${hash}`;
    },
  );
  await writeCsv(
    join(dir, 'projects.csv'),
    'external_id,partner_external_id,customer,started_on,planned_live_on,actual_live_on,csat,defects,renewed,expanded',
    sizes.projects,
    (i) => {
      const start = g.dayIn('2025-01-01', 600);
      const planned = addDays(start, g.int(60, 180));
      const live = g.r() < 0.8 ? addDays(planned, g.int(-10, 60)) : '';
      const done = live !== '';
      return `J-${i + 1},${g.partner()},Customer ${i + 1},${start},${planned},${live},${done ? g.int(30, 100) / 10 : ''},${done ? g.int(0, 12) : ''},${done ? g.r() < 0.8 : ''},${done ? g.r() < 0.3 : ''}`;
    },
  );
  await writeCsv(
    join(dir, 'references.csv'),
    'external_id,partner_external_id,customer,referenced_on,verified,verified_by',
    sizes.references,
    (i) => {
      const verified = g.r() < 0.8;
      return `R-${i + 1},${g.partner()},Customer ${i + 1},${g.dayIn('2024-06-01', 850)},${verified},${verified ? 'Partner manager' : ''}`;
    },
  );
};
