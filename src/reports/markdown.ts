/** Tiny Markdown helpers shared by the report renderers. */
export const table = (head: string[], rows: (string | number)[][]): string => {
  const esc = (c: string | number) => String(c).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${head.map(esc).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
};

export const usdShort = (dollars: number): string => {
  const abs = Math.abs(dollars);
  const fmt = (n: number) =>
    Number.isInteger(n) ? String(n) : n.toFixed(n >= 100 ? 0 : 1).replace(/\.0$/, '');
  if (abs >= 1_000_000) return `$${fmt(Math.round(dollars / 100_000) / 10)}M`;
  if (abs >= 1_000) return `$${fmt(Math.round(dollars / 100) / 10)}K`;
  return `$${fmt(Math.round(dollars))}`;
};

export const pct = (share: number | null): string => (share === null ? 'n/a' : `${Math.round(share * 100)}%`);
export const num1 = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(1));
