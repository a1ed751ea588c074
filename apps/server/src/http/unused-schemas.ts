/**
 * The schema registry gives every named zod schema two components, one as read (`…Input`) and one
 * as written; most are only ever answers, so their input twin is referenced by nothing. Components
 * nobody points at are noise to a reader and a lint warning: only those reachable from an
 * operation (directly or through another component) are kept.
 */
const PREFIX = '#/components/schemas/';

/** The component names that `$ref`s anywhere in `node` point at. */
const refsIn = (node: unknown, into: Set<string>): Set<string> => {
  if (Array.isArray(node)) for (const x of node) refsIn(x, into);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(PREFIX))
        into.add(decodeURIComponent(value.slice(PREFIX.length)));
      else refsIn(value, into);
    }
  return into;
};

export const dropUnusedSchemas = <
  D extends { components?: { schemas?: Record<string, unknown> } } & Record<string, unknown>,
>(
  doc: D,
): D => {
  const schemas = doc.components?.schemas;
  if (!schemas) return doc;
  const { components, ...rest } = doc;
  const { schemas: _all, ...otherComponents } = components ?? {};
  const used = refsIn([rest, otherComponents], new Set());
  // Follow components into the components they point at, until nothing new turns up.
  const queue = [...used];
  for (let name = queue.pop(); name !== undefined; name = queue.pop())
    for (const next of refsIn(schemas[name], new Set()))
      if (!used.has(next)) {
        used.add(next);
        queue.push(next);
      }
  const kept = Object.fromEntries(Object.entries(schemas).filter(([name]) => used.has(name)));
  return { ...doc, components: { ...components, schemas: kept } };
};
