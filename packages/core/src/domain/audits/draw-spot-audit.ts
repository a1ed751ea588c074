/**
 * A spot audit's sample: a reproducible random share of the quarter's passing evaluations,
 * stratified by tier × assessor (rules: docs/governance.md, "Spot audits").
 *
 * Reproducible means: the same evaluations (in any order), share and seed give the same sample on
 * every machine. Hence each stratum's members are put in id order before they are shuffled, the
 * strata are visited in one fixed order (`compareStrata`), and one mulberry32 stream, seeded with
 * `seed`, serves them all in that order.
 */
import { isSeed, MAX_SEED, mulberry32, type Random, randomBelow } from '../random/seeded.ts';
import { type Checked, ok, type RuleIssue, refuse } from './checked.ts';
import { compareIds, compareStrata, type Stratum } from './stratum.ts';
import { stratumQuota } from './stratum-quota.ts';

export interface AuditableEvaluation {
  /** The evaluation's id (its external id): unique within the input. */
  id: string;
  /** The partner's readiness tier in effect when the audit is drawn (null: none). */
  tier: string | null;
  assessor: string;
  competency: string;
  level: number;
  passed: boolean;
}

export interface DrawnEvaluation {
  id: string;
  stratum: Stratum;
}

export interface StratumDraw extends Stratum {
  /** Passing evaluations in the stratum. */
  size: number;
  drawn: number;
}

export interface SpotAuditSample {
  /** Ordered by stratum, then id. */
  items: DrawnEvaluation[];
  /** Every stratum with a passing evaluation, in stratum order. */
  strata: StratumDraw[];
}

export interface SpotAuditRequest {
  evaluations: AuditableEvaluation[];
  /** The share of each stratum to draw: 0 < share ≤ 1. */
  share: number;
  /** An unsigned 32-bit integer; stored with the audit so the draw can be made again. */
  seed: number;
}

const inputIssues = (r: SpotAuditRequest): RuleIssue[] => {
  const issues: RuleIssue[] = [];
  if (!(Number.isFinite(r.share) && r.share > 0 && r.share <= 1))
    issues.push({ field: 'share', value: String(r.share), reason: 'must be a number above 0 and at most 1' });
  if (!isSeed(r.seed))
    issues.push({ field: 'seed', value: String(r.seed), reason: `must be an integer from 0 to ${MAX_SEED}` });
  const seen = new Set<string>();
  for (const e of r.evaluations) {
    if (seen.has(e.id))
      issues.push({ field: 'evaluations', value: e.id, reason: 'the evaluation id occurs more than once' });
    seen.add(e.id);
  }
  return issues;
};

/** The first k members of a seeded Fisher–Yates shuffle: a uniform random k-subset. */
const firstOfShuffle = <T>(members: T[], k: number, random: Random): T[] => {
  const a = [...members];
  for (let i = 0; i < k; i++) {
    const j = i + randomBelow(random, a.length - i);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, k);
};

export const drawSpotAudit = (request: SpotAuditRequest): Checked<SpotAuditSample> => {
  const issues = inputIssues(request);
  if (issues.length) return refuse('invalid', 'The spot audit cannot be drawn', issues);
  const groups = new Map<string, { stratum: Stratum; members: string[] }>();
  for (const e of request.evaluations) {
    if (!e.passed) continue; // a failed evaluation is never audited
    const stratum = { tier: e.tier, assessor: e.assessor };
    const key = JSON.stringify([e.tier, e.assessor]); // a tier named "none" is not "no tier"
    const g = groups.get(key) ?? { stratum, members: [] };
    g.members.push(e.id);
    groups.set(key, g);
  }
  const ordered = [...groups.values()].sort((a, b) => compareStrata(a.stratum, b.stratum));
  const random = mulberry32(request.seed);
  const items: DrawnEvaluation[] = [];
  const strata: StratumDraw[] = [];
  for (const { stratum, members } of ordered) {
    const k = stratumQuota(request.share, members.length);
    const drawn = firstOfShuffle(members.sort(compareIds), k, random).sort(compareIds);
    items.push(...drawn.map((id) => ({ id, stratum })));
    strata.push({ ...stratum, size: members.length, drawn: k });
  }
  return ok({ items, strata });
};
