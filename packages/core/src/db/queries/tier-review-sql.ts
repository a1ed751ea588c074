/**
 * SQL for programAboveReadiness (@trellis/contracts, tier-words.ts): a published program tier
 * (any letter case) above the readiness tier, where no readiness tier is below Bronze. Both
 * arguments are SQL expressions of text.
 */
const RANKS = `array['platinum','gold','silver','bronze']`;

export const programAboveReadinessSql = (programTier: string, readinessTier: string): string =>
  `(coalesce(array_position(${RANKS}, lower(trim(${programTier}))), 0)
    between 1 and coalesce(array_position(${RANKS}, ${readinessTier}), 5) - 1)`;
