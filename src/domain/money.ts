/** Money is integer cents in the domain; these helpers only format it. */
export const centsToDollars = (cents: number): number => cents / 100;

/** $8.0M, $50K, $0 — the compact form the seed uses. */
export const formatMoneyShort = (cents: number): string => {
  const dollars = cents / 100;
  const abs = Math.abs(dollars);
  if (abs >= 1_000_000) return `$${trim(dollars / 1_000_000)}M`;
  if (abs >= 1_000) return `$${trim(dollars / 1_000)}K`;
  return `$${trim(dollars)}`;
};

const trim = (n: number): string => {
  const s = n.toFixed(n >= 100 || Number.isInteger(n) ? 0 : 1);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
};

export const formatPercent = (share: number): string => `${Math.round(share * 100)}%`;
