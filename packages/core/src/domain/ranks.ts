/** Ranks for rank statistics: 1 for the smallest value, ties sharing the mean of their positions. */
export const averageRanks = (values: readonly number[]): number[] => {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Array<number>(values.length);
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && values[order[end]!] === values[order[start]!]) end++;
    // Positions start+1 … end (1-based) share their mean.
    const shared = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]!] = shared;
    start = end;
  }
  return ranks;
};
