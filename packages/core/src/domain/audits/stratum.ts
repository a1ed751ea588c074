/**
 * A spot audit's stratum: the partner's readiness tier in effect (null: none yet) × the assessor
 * who scored the evaluation. Strata are ordered by tier, then assessor, by code units (never by
 * locale), with "no tier" last, so the order — and so the draw — is the same on every machine.
 */

export interface Stratum {
  tier: string | null;
  assessor: string;
}

/** The stratum as one text: `gold × Bea Novak`, `none × Ari Stone`. */
export const stratumLabel = (s: Stratum): string => `${s.tier ?? 'none'} × ${s.assessor}`;

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const compareStrata = (a: Stratum, b: Stratum): number => {
  if (a.tier !== b.tier) {
    if (a.tier === null) return 1;
    if (b.tier === null) return -1;
    return byCodeUnits(a.tier, b.tier);
  }
  return byCodeUnits(a.assessor, b.assessor);
};

export const compareIds = byCodeUnits;
