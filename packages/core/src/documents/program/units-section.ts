/**
 * The appendix's drill-down: for every criterion with a signal, the units behind its value — each
 * partner (or target market) with its own figure, the failing ones first, then those the value
 * leaves out — as the workspace drawer lists them. A large program shows the first units of each
 * and says how many more the workspace and the API list.
 */
import { type ProgramReport, plural } from '@trellis/contracts';
import type { Block, Inline, Text } from '../document.ts';
import { criteriaOf } from './input.ts';

/** Units listed per criterion before "and N more". */
export const UNITS_PER_CRITERION = 40;

type Unit = NonNullable<
  NonNullable<ProgramReport['scorecard'][number]['criteria'][number]['signal']>['units']
>[number];

const GROUPS: { label: string; test: (u: Unit) => boolean }[] = [
  { label: 'Fails', test: (u) => u.counted && u.passes === false },
  { label: 'Counted', test: (u) => u.counted && u.passes === null },
  { label: 'Meets', test: (u) => u.counted && u.passes === true },
  { label: 'Not counted', test: (u) => !u.counted },
];

export const unitBlocks = (r: ProgramReport): Block[] => {
  const names = new Map(r.performance.partners.map((p) => [p.externalId, p.name]));
  const items: Text[] = criteriaOf(r).flatMap((c) => {
    const units = c.signal?.units;
    if (!c.signal || !units?.length) return [];
    const shown = units.slice(0, UNITS_PER_CRITERION);
    const runs: Inline[] = [{ strong: c.text }, ` — ${c.signal.basis}.`];
    for (const g of GROUPS) {
      const list = shown.filter(g.test);
      if (!list.length) continue;
      const total = units.filter(g.test).length;
      runs.push(` ${g.label} (${total}): `);
      runs.push(list.map((u) => `${u.kind ? u.id : (names.get(u.id) ?? u.id)} (${u.detail})`).join('; '));
      runs.push('.');
    }
    if (units.length > shown.length)
      runs.push({
        muted: ` And ${plural(units.length - shown.length, 'more unit')}: the assessment workspace lists them all.`,
      });
    return [runs];
  });
  return items.length
    ? [
        { kind: 'paragraph', text: { strong: 'The records behind each value' } },
        {
          kind: 'paragraph',
          text: 'Every partner (or target market) behind each value with its own figure, the failing ones first; "not counted" are outside the value’s denominator.',
        },
        { kind: 'list', items },
      ]
    : [];
};
