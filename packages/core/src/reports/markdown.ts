/** Markdown table helper; numbers are printed by the one formatting module (@trellis/contracts). */
export { num1, pct, plural, usdShort } from '@trellis/contracts';

export const table = (head: string[], rows: (string | number)[][]): string => {
  const esc = (c: string | number) => String(c).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${head.map(esc).join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(esc).join(' | ')} |`),
  ].join('\n');
};
