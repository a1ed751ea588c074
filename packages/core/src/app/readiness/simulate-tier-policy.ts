/**
 * Use-case: apply a candidate tier policy to current data, next to the published one, and list
 * every partner whose tier would move, with why. Writes nothing.
 */
import type { TierMove, TierSimulation } from '@trellis/contracts';
import type { Database } from '../../db/sql-client.ts';
import type { PartnerReadiness } from '../../domain/score-partner.ts';
import type { Caller } from '../accounts/caller.ts';
import { type ScoringContext, scoreAll } from './score-partners.ts';

/** Why the candidate puts the partner where it does: the gates and composites that changed. */
const explain = (a: PartnerReadiness, b: PartnerReadiness): string[] => {
  const why: string[] = [];
  const tiers = new Set([...a.evaluations.map((e) => e.tier), ...b.evaluations.map((e) => e.tier)]);
  for (const t of tiers) {
    const x = a.evaluations.find((e) => e.tier === t);
    const y = b.evaluations.find((e) => e.tier === t);
    if (!x || !y || x.qualifies === y.qualifies) continue;
    const failed = (y.qualifies ? x : y).gates.filter((g) => !g.passed).map((g) => g.detail);
    why.push(
      `${t}: ${y.qualifies ? 'now qualifies' : 'no longer qualifies'} — ${y.qualifies ? `was: ${failed.join('; ')}` : failed.join('; ')}`,
    );
  }
  if (b.effective.change === 'grace')
    why.push(`kept ${b.effective.tier} by the grace period (${b.effective.graceLeft} left)`);
  return why;
};

export const simulateTierPolicyUseCase = async (
  db: Database,
  caller: Caller,
  input: { asOf: string; current: ScoringContext; candidate: ScoringContext },
): Promise<TierSimulation> => {
  const { current, candidate } = input;
  const a = await scoreAll(db, caller.orgId, input.asOf, current);
  const b = await scoreAll(db, caller.orgId, input.asOf, candidate);
  const order = candidate.policy.framework.tiers.map((t) => t.id);
  const rank = (t: string | null) => (t === null ? -1 : order.indexOf(t));
  // A move is a change of the tier in effect, or of the tier earned when grace defers a demotion.
  const moves = a.results.flatMap((x, i): TierMove[] => {
    const y = b.results[i]!;
    if (x.effective.tier === y.effective.tier && x.earned === y.earned) return [];
    const deferredByGrace = x.effective.tier === y.effective.tier;
    const [from, to] = deferredByGrace ? [x.earned, y.earned] : [x.effective.tier, y.effective.tier];
    return [
      {
        partner: x.externalId,
        name: x.name,
        from,
        to: y.effective.tier,
        earned: y.earned,
        direction: rank(to) > rank(from) ? 'up' : 'down',
        deferredByGrace,
        why: explain(x, y),
      },
    ];
  });
  return {
    asOf: input.asOf,
    current: { version: current.policy.framework.version, sha256: current.policy.sha256 },
    candidate: {
      version: candidate.policy.framework.version,
      sha256: candidate.policy.sha256,
      source: candidate.policy.source,
    },
    partners: a.results.length,
    moves,
  };
};
