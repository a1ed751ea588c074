/**
 * JSON that PostgreSQL's jsonb accepts whatever the input was: jsonb refuses the NUL character
 * (`\u0000 cannot be converted to text`), and a lone UTF-16 surrogate is not text. Both come from
 * what users send (a rejected import names its cells); they are stored as U+FFFD instead, so that
 * recording the outcome of a job never fails because of the data it refused.
 */
const clean = (text: string): string =>
  text.includes('\u0000') ? text.replaceAll('\u0000', '\ufffd') : text;

const wellFormed = (text: string): string => (text as string & { toWellFormed(): string }).toWellFormed();

export const storableJson = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, v) => (typeof v === 'string' ? wellFormed(clean(v)) : v));
