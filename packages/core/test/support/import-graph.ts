/**
 * The relative imports of a source tree, as arrows between its layers (a layer is a top-level folder
 * or file, unless `layerOf` says otherwise): what the layer tests read to keep the house flowing one
 * way (and the SQL placement test reads its file list). Test files are left out (a test may reach
 * anywhere).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });

/** `db/queries/x.ts` → `db`, `config.ts` → `config`. */
export const topLayer = (path: string): string => {
  const [first, ...rest] = path.split('/');
  return rest.length > 0 ? first! : first!.replace(/\.tsx?$/, '');
};

export interface Arrow {
  from: string;
  to: string;
  /** The importing file and the import as written. */
  where: string;
}

export const importArrows = (root: string, layerOf: (path: string) => string = topLayer): Arrow[] =>
  sources(root).flatMap((file) => {
    const from = layerOf(relative(root, file));
    return [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].flatMap(([, spec]) => {
      const to = layerOf(relative(root, resolve(dirname(file), spec!)));
      return to === from ? [] : [{ from, to, where: `${relative(root, file)}: ${spec}` }];
    });
  });

/** Arrows from a lower layer to a higher one in `order` (lowest first); unknown layers are errors. */
export const backArrows = (arrows: Arrow[], order: string[][]): string[] => {
  const rank = new Map(order.flatMap((names, i) => names.map((n) => [n, i] as const)));
  return arrows.flatMap((a) => {
    const [f, t] = [rank.get(a.from), rank.get(a.to)];
    if (f === undefined || t === undefined)
      return [`unplaced layer: ${f === undefined ? a.from : a.to} (${a.where})`];
    return t > f ? [`${a.from} → ${a.to}: ${a.where}`] : [];
  });
};
