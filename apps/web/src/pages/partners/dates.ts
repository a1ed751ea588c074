/** Today as an ISO date in the reader's calendar (due dates are told relative to it). */
export const todayIso = (now = new Date()): string => {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
};
