/** A plan measure in its unit, as the plan and the history tables show it: "$8,000,000", "30%", "6.8/10", "90 days". */
import { formatPercent, formatScore, plural } from '@trellis/contracts';

export const measureText = (unit: string, x: number | null | undefined): string => {
  if (x === null || x === undefined) return '—';
  if (unit === 'usd') return `$${Math.round(x).toLocaleString('en-US')}`;
  if (unit === 'share') return formatPercent(x);
  if (unit === 'score10') return `${formatScore(x)}/10`;
  if (unit === 'days') return plural(Math.round(x), 'day');
  return String(x);
};
