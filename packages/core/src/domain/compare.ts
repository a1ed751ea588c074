/** Locale-independent ordering (code points), so output never depends on the machine's ICU. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
