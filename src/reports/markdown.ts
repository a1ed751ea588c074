/** Tiny Markdown helpers shared by the report renderers. */
import { formatMoneyShort } from '../domain/money.ts';
import { roundHalfUp1 } from '../domain/rounding.ts';

export const table = (head: string[], rows: (string | number)[][]): string => {
  const esc = (c: string | number) => String(c).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${head.map(esc).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
};

/** Report money is dollars; the formatting is the domain's, so every place prints the same text. */
export const usdShort = (dollars: number): string => formatMoneyShort(Math.round(dollars * 100));

export const pct = (share: number | null): string => (share === null ? 'n/a' : `${Math.round(share * 100)}%`);
export const num1 = (x: number | null): string => (x === null ? 'n/a' : roundHalfUp1(x).toFixed(1));

/** "1 deal", "3 deals". */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
