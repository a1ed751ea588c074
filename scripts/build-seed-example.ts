/**
 * Writes examples/seed-saas/*.csv: the records behind the seed's filled example
 * (docs/seeds/program-readiness-assessment.md), as of 2026-09-30. Deterministic (no randomness):
 * run `npx tsx scripts/build-seed-example.ts` after editing and commit the CSVs. The facts the
 * records must reproduce are asserted independently in test/seed-example.test.ts.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, daysBetween } from '../packages/core/src/domain/dates.ts';
import { type Kind, partners, type Spec } from './seed-partners.ts';
import { readinessRows } from './seed-readiness.ts';

const OUT = join(import.meta.dirname, '../examples/seed-saas');
const T = '2026-09-30';

const csv = (rows: (string | number | boolean | null)[][]): string =>
  `${rows.map((r) => r.map((c) => (c === null ? '' : /[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\n')}\n`;

/** `n` dates spread evenly from `from` to `to` inclusive. */
const spread = (from: string, to: string, n: number): string[] => {
  const span = daysBetween(from, to);
  return Array.from({ length: n }, (_, i) => addDays(from, n === 1 ? 0 : Math.round((span * i) / (n - 1))));
};

/** Windows of won deals and activity per health kind (T − 90 = 2026-07-02). */
const wonWindow: Record<Kind, [string, string]> = {
  engaged: ['2025-10-20', '2026-09-20'],
  passive: ['2025-10-20', '2026-06-20'],
  'at-risk': ['2025-10-20', '2026-05-15'],
  dormant: ['2025-10-20', '2026-01-15'],
};
const activityWindow: Record<Kind, [string, string]> = {
  engaged: ['2026-07-10', '2026-09-25'],
  passive: ['2026-04-15', '2026-06-25'],
  'at-risk': ['2026-03-01', '2026-05-20'],
  dormant: ['2026-01-05', '2026-02-20'],
};
const kinds = [
  'portal_login',
  'training_completed',
  'deal_registration',
  'enablement_session',
  'portal_login',
  'content_download',
];

const partnerRows: (string | number | null)[][] = [
  [
    'external_id',
    'name',
    'type',
    'tier',
    'region',
    'segment',
    'joined_on',
    'lifecycle',
    'executive_sponsor',
    'owner',
  ],
];
const oppRows: (string | number | boolean | null)[][] = [
  [
    'external_id',
    'partner_external_id',
    'name',
    'amount',
    'stage',
    'created_on',
    'closed_on',
    'sourced_by_partner',
    'registered',
    'region',
    'segment',
  ],
];
const actRows: (string | null)[][] = [
  ['external_id', 'partner_external_id', 'kind', 'occurred_on', 'person_external_id', 'detail'],
];
const peopleRows: (string | boolean | null)[][] = [
  ['external_id', 'partner_external_id', 'name', 'email', 'role', 'is_champion', 'started_on', 'left_on'],
];
const surveyRows: (string | number | null)[][] = [
  [
    'external_id',
    'partner_external_id',
    'responded_on',
    'satisfaction',
    'training',
    'resources',
    'support',
    'comment',
  ],
];
const meetingRows: (string | null)[][] = [
  ['external_id', 'partner_external_id', 'kind', 'scheduled_on', 'held_on', 'notes'],
];

let oppSeq = 0;
const opp = (
  p: Spec,
  amount: number,
  stage: string,
  created: string,
  closed: string | null,
  registered: boolean,
) => {
  oppSeq += 1;
  oppRows.push([
    `O-${String(oppSeq).padStart(4, '0')}`,
    p.id,
    `${p.name} deal ${oppSeq}`,
    amount.toFixed(2),
    stage,
    created,
    closed,
    true,
    registered,
    p.region,
    p.segment,
  ]);
};

for (const p of partners) {
  const [wonFrom, wonTo] = wonWindow[p.kind];
  const wonDates = p.deals ? spread(wonFrom, wonTo, p.deals) : [];
  const firstWon = p.firstDealInPeriod
    ? wonDates[0]!
    : p.ttfd
      ? addDays('2024-06-01', -p.ttfd + p.id.charCodeAt(2))
      : null;
  const joined = p.joinedOn ?? (firstWon && p.ttfd ? addDays(firstWon, -p.ttfd) : '2024-01-15');
  partnerRows.push([
    p.id,
    p.name,
    p.type,
    p.tier,
    p.region,
    p.segment,
    joined,
    p.lifecycle,
    p.sponsor ?? null,
    p.type === 'strategic' ? 'Dana Alvarez' : 'Sam Okafor',
  ]);
  if (p.lifecycle === 'retired') continue;

  // Revenue: `deals` won deals in the period summing exactly to `revenue`; created 60 days before close.
  const cents = Math.round(p.revenue * 100);
  wonDates.forEach((closed, i) => {
    const share =
      i === p.deals - 1 ? cents - Math.floor(cents / p.deals) * (p.deals - 1) : Math.floor(cents / p.deals);
    opp(p, share / 100, 'won', addDays(closed, -60), closed, i % 5 < 2);
  });
  // The first deal, before the period (not revenue), fixes time-to-first-deal.
  if (firstWon && !p.firstDealInPeriod) opp(p, 20_000, 'won', addDays(firstWon, -45), firstWon, false);
  // Open pipeline (not dormant ones): old enough to be stable over the last 90 days.
  if (p.kind !== 'dormant') {
    const created = p.kind === 'engaged' ? '2026-05-01' : '2026-03-10';
    const amount = p.type === 'strategic' ? 400_000 : p.type === 'channel' ? 60_000 : 25_000;
    opp(p, amount, 'open', p.lifecycle === 'onboarding' ? addDays(p.joinedOn!, 30) : created, null, true);
    // Engaged partners keep creating pipeline, so closing deals does not read as a pipeline drop.
    if (p.kind === 'engaged') opp(p, amount, 'open', '2026-09-01', null, false);
  }
  // A lost deal for the dormant and some passive ones (closed long ago).
  if (p.kind === 'dormant' || p.id === 'P-Q') opp(p, 30_000, 'lost', '2025-11-01', '2026-01-10', false);

  // Activities: engaged partners recently; passive / at-risk / dormant ones only earlier.
  const [aFrom, aTo] = activityWindow[p.kind];
  const n = p.recentActivities ?? (p.kind === 'dormant' ? 2 : 4);
  spread(aFrom, aTo, n).forEach((d, i) => {
    const kind =
      p.kind === 'passive' && p.type === 'technology' ? 'content_download' : kinds[i % kinds.length]!;
    actRows.push([`A-${p.id.slice(2)}-${i + 1}`, p.id, kind, d, `${p.id}-1`, null]);
  });
  if (p.coMarketing)
    actRows.push([`A-${p.id.slice(2)}-CM`, p.id, 'co_marketing', '2026-08-20', `${p.id}-1`, 'joint webinar']);

  // People: one champion each; A, B, C, I, J have more contacts; X's champion left.
  const contacts = p.contacts ?? 1;
  for (let i = 1; i <= contacts; i++) {
    peopleRows.push([
      `${p.id}-${i}`,
      p.id,
      `${p.name} contact ${i}`,
      `contact${i}@${p.id.toLowerCase()}.example`,
      i === 1 ? 'sales' : 'solutions',
      i === 1,
      joined,
      null,
    ]);
  }
  if (p.id === 'P-X') {
    peopleRows[peopleRows.length - 1] = [
      `${p.id}-1`,
      p.id,
      'Jordan Reyes',
      'jordan@p-x.example',
      'sales',
      true,
      joined,
      '2026-06-01',
    ];
    peopleRows.push([`${p.id}-2`, p.id, 'Lee Park', 'lee@p-x.example', 'admin', false, joined, null]);
  }

  if (p.survey) {
    const [sat, training, resources, support] = p.survey;
    surveyRows.push([`S-${p.id.slice(2)}`, p.id, '2026-08-31', sat, training, resources, support, null]);
  }
}
// An older survey for A must be superseded by its latest one.
surveyRows.push(['S-A-2025', 'P-A', '2025-03-01', 3, 3, 3, 3, 'before the portal relaunch']);

// QBRs: 4 scheduled per strategic partner in the period, 6 of 20 held (30%).
const qbrDates = ['2025-12-15', '2026-03-15', '2026-06-15', '2026-09-15'];
const held: Record<string, string[]> = {
  'P-A': ['2026-06-15', '2026-09-15'],
  'P-B': ['2026-03-15', '2026-09-15'],
  'P-C': ['2026-09-15'],
  'P-H': ['2026-06-15'],
  'P-X': [],
};
for (const [id, dates] of Object.entries(held)) {
  qbrDates.forEach((d, i) => {
    meetingRows.push([`M-${id.slice(2)}-Q${i + 1}`, id, 'qbr', d, dates.includes(d) ? d : null, null]);
  });
}
// Ops syncs with the engaged channel partners, all held.
for (const id of ['P-I', 'P-J', 'P-K', 'P-L', 'P-M']) {
  for (const [i, d] of ['2026-08-01', '2026-09-10'].entries())
    meetingRows.push([`M-${id.slice(2)}-S${i + 1}`, id, 'ops_sync', d, d, null]);
}

// Partner readiness: certified practitioners, evaluations, evidence, projects, references.
const joinedOn = Object.fromEntries(partnerRows.slice(1).map((r) => [String(r[0]), String(r[6])]));
const readiness = readinessRows(joinedOn);
peopleRows.push(...(readiness.people as typeof peopleRows));

const files: Record<string, unknown[][]> = {
  'partners.csv': partnerRows,
  'people.csv': peopleRows,
  'opportunities.csv': oppRows,
  'activities.csv': actRows,
  'surveys.csv': surveyRows,
  'meetings.csv': meetingRows,
  'evaluations.csv': readiness.evaluations,
  'evidence.csv': readiness.evidence,
  'projects.csv': readiness.projects,
  'references.csv': readiness.references,
};
for (const [name, rows] of Object.entries(files)) writeFileSync(join(OUT, name), csv(rows as never));
process.stderr.write(`wrote ${Object.keys(files).join(', ')} to ${OUT} (as of ${T})\n`);
