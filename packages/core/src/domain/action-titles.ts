/** Fills an action title's placeholders ({passive}, {topN} …) with phrases computed from data. */
export const fillTitle = (title: string, words: Record<string, string>): string =>
  title.replace(/\{(\w+)\}/g, (whole, key: string) => words[key] ?? whole);

/** "1 passive partner", "11 passive partners". */
export const partnersPhrase = (n: number, adjective: string): string =>
  `${n} ${adjective}${adjective ? ' ' : ''}partner${n === 1 ? '' : 's'}`;
