/**
 * Composite readiness = 100 × Π component^weight (weighted geometric mean, weights normalised to
 * sum 1): the seed's "skills × capacity × outcomes" on 0–100. Any zero component gives zero.
 */
import { type Component, components } from './tier-policy.ts';

export type Components = Record<Component, number>;

export const compositeOf = (c: Components, weights: Record<Component, number>): number => {
  const total = components.reduce((a, k) => a + weights[k], 0);
  if (components.some((k) => c[k] <= 0)) return 0;
  const log = components.reduce((a, k) => a + (weights[k] / total) * Math.log(Math.min(1, c[k])), 0);
  return 100 * Math.exp(log);
};

/**
 * How many of the points between the composite and 100 each component costs: the log-shares of
 * the shortfall, so the contributions add up to 100 − composite exactly.
 */
export const contributionsOf = (
  c: Components,
  weights: Record<Component, number>,
): Record<Component, number> => {
  const total = components.reduce((a, k) => a + weights[k], 0);
  const composite = compositeOf(c, weights);
  const shortfall = 100 - composite;
  const logs = components.map((k) =>
    c[k] <= 0 ? Number.POSITIVE_INFINITY : -(weights[k] / total) * Math.log(Math.min(1, c[k])),
  );
  const zeros = logs.filter((x) => x === Number.POSITIVE_INFINITY).length;
  const sumLogs = logs.reduce((a, x) => (Number.isFinite(x) ? a + x : a), 0);
  return Object.fromEntries(
    components.map((k, i) => {
      const x = logs[i]!;
      // With a zero component, the zeros carry the whole shortfall between them.
      if (zeros > 0) return [k, x === Number.POSITIVE_INFINITY ? shortfall / zeros : 0];
      return [k, sumLogs > 0 ? (shortfall * x) / sumLogs : 0];
    }),
  ) as Record<Component, number>;
};
