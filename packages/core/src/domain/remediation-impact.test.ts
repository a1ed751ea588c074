import { describe, expect, it } from 'vitest';
import { type OutcomeWindowRow, outcomeFigures } from './outcome-change.ts';
import { remediationImpact } from './remediation-impact.ts';

const row = (externalId: string, projects: number, ttlSum: number, csat: number[]): OutcomeWindowRow => ({
  externalId,
  name: externalId,
  projects,
  timeToLiveDaysSum: ttlSum,
  csatN: csat.length,
  csatSum: csat.reduce((a, b) => a + b, 0),
  renewedN: 0,
  renewedYes: 0,
  expandedN: 0,
  expandedYes: 0,
});

const windows = {
  beforeFrom: '2026-01-01',
  before: '2026-06-30',
  afterFrom: '2026-06-30',
  after: '2026-12-28',
};

// P-A went through remediation: 100 → 76 days to live (−24%), CSAT 7 → 8.
// P-B did not: 60 → 66 days (+10%), CSAT 8 → 8.
const rows = {
  before: [row('P-A', 2, 200, [6, 8]), row('P-B', 1, 60, [8])],
  after: [row('P-A', 2, 152, [7, 9]), row('P-B', 1, 66, [8])],
};

describe('remediation impact', () => {
  const impact = remediationImpact(rows, new Set(['P-A']), windows);

  it('computes each cohort from its own partners', () => {
    expect(impact.remediated.before.timeToLiveDays).toBe(100);
    expect(impact.remediated.after.timeToLiveDays).toBe(76);
    expect(impact.remediated.change.timeToLive?.share).toBeCloseTo(-0.24, 10);
    expect(impact.remediated.change.csat?.points).toBeCloseTo(1, 10);
    expect(impact.others.change.timeToLive?.share).toBeCloseTo(0.1, 10);
    expect(impact.others.change.csat?.points).toBe(0);
    expect([impact.remediated.partners, impact.others.partners]).toEqual([1, 1]);
  });

  it('the cohorts add up to the program', () => {
    const all = outcomeFigures(rows.after, windows.afterFrom, windows.after);
    expect(impact.remediated.after.projects + impact.others.after.projects).toBe(all.projects);
    expect(impact.remediated.after.csatN + impact.others.after.csatN).toBe(all.csatN);
  });

  it('says it as the seed does, for both cohorts', () => {
    expect(impact.statement).toContain('partners who went through remediation cut time-to-live by 24%');
    expect(impact.statement).toContain('improved CSAT by 1');
    expect(impact.statement).toContain('partners who did not lengthened time-to-live by 10%');
  });

  it('a cohort with no project in a window has no comparison, not a made-up one', () => {
    const none = remediationImpact(rows, new Set(), windows);
    expect(none.remediated.before.projects).toBe(0);
    expect(none.remediated.change.timeToLive).toBeNull();
    expect(none.remediated.change.statement).toContain(
      'no comparison for partners who went through remediation',
    );
  });
});
