/**
 * An audit is independent: no one decides an item of an evaluation they scored themselves. The
 * evaluation names its assessor as imported (free text, "Bea Novak"); the auditor is known by their
 * account's name and email. They are the same person when one of those equals the assessor,
 * ignoring case, accents' encoding (NFC) and runs of white space — a name spelled differently is
 * not caught, which is why docs/governance.md asks that assessors be imported under their account name.
 */

const canonical = (s: string): string => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

export const isOwnEvaluation = (assessor: string, auditorNames: readonly string[]): boolean => {
  const a = canonical(assessor);
  return a !== '' && auditorNames.some((n) => canonical(n) === a);
};
