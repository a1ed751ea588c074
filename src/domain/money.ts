/** Money is integer cents in the domain; this only formats it, rounding half up once. */
import { roundHalfUp1 } from './rounding.ts';

const trimZero = (s: string) => (s.endsWith('.0') ? s.slice(0, -2) : s);

/** $8M, $2.5M, $1.2M, $990K, $50K, $12.5K, $0 — the compact form the seed uses. */
export const formatMoneyShort = (cents: number): string => {
  const dollars = Math.round(cents) / 100;
  const sign = dollars < 0 ? '-' : '';
  const abs = Math.abs(dollars);
  const thousands = abs / 1_000;
  // Switch to millions where thousands would print as 1000K or more.
  if (Math.round(thousands) >= 1000) return `${sign}$${trimZero(roundHalfUp1(abs / 1_000_000).toFixed(1))}M`;
  if (thousands >= 100) return `${sign}$${Math.round(thousands)}K`;
  if (abs >= 1000) return `${sign}$${trimZero(roundHalfUp1(thousands).toFixed(1))}K`;
  return `${sign}$${Math.round(abs)}`;
};

export const formatPercent = (share: number): string => `${Math.round(share * 100)}%`;
