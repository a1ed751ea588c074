/**
 * The partner edition of any answer: the same value without the internal fields (deeply: a field
 * is withheld wherever it occurs), and with only the shareable health reasons when the org shares
 * health. Pure, so that the server's answers and the review document are shaped by one function.
 */
import { isInternalHealthReason } from './health-reasons.ts';
import { type PartnerViewOptions, withheldFields } from './internal-fields.ts';

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

const shape = (value: unknown, withheld: ReadonlySet<string>): unknown => {
  if (Array.isArray(value)) return value.map((v) => shape(v, withheld));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (withheld.has(k)) continue;
    out[k] =
      k === 'healthReasons' && Array.isArray(v)
        ? v.filter((r) => typeof r !== 'string' || !isInternalHealthReason(r))
        : shape(v, withheld);
  }
  return out;
};

/** `value` as a partner user may receive it. */
export const toPartnerView = <T>(value: T, o: PartnerViewOptions): T => shape(value, withheldFields(o)) as T;

/**
 * Where `value` still carries something a partner user must not receive: the paths of withheld
 * keys (`items[0].health`) and of internal health reasons. Empty when it is fit to send.
 */
export const internalFieldPaths = (value: unknown, o: PartnerViewOptions): string[] => {
  const withheld = withheldFields(o);
  const found: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        walk(x, `${path}[${i}]`);
      });
    } else if (typeof v === 'object' && v !== null)
      for (const [k, x] of Object.entries(v)) {
        const at = path ? `${path}.${k}` : k;
        if (withheld.has(k)) found.push(at);
        else if (k === 'healthReasons' && Array.isArray(x))
          x.forEach((r, i) => {
            if (typeof r === 'string' && isInternalHealthReason(r)) found.push(`${at}[${i}]`);
          });
        else walk(x, at);
      }
  };
  walk(value, '');
  return found;
};
