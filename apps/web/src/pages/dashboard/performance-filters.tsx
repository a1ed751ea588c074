/**
 * The performance table's filters (health, type, tier, search), written to the URL; changing one
 * goes back to the first page. The search is written after a pause in typing, replacing the history
 * entry so back does not step through every letter.
 */
import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ProgramReport } from '@trellis/contracts';
import { useEffect, useState } from 'react';
import { useTierWords } from '../../components/tier-words.ts';
import { useDashboardParams } from './dashboard-params.ts';

const HEALTH = ['engaged', 'passive', 'at-risk', 'dormant'];
/**
 * The published policy's tiers by name, highest first, as the partner records spell them ("Gold";
 * the filter matches in any case); `none` matches partners without a tier.
 */
const useTierOptions = () => [
  ...useTierWords().tiers.map((t) => ({ value: t.name, label: t.name })),
  { value: 'none', label: 'No program tier' },
];

export const PerformanceFilters = ({ report }: { report: ProgramReport }) => {
  const { table, update } = useDashboardParams();
  const [search, setSearch] = useState(table.q ?? '');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const tiers = useTierOptions();

  // Follow the URL when it changes from elsewhere (back/forward, "Show all partners"), not our own write.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs only when the URL's search changes
  useEffect(() => {
    if ((table.q ?? '') !== search.trim()) setSearch(table.q ?? '');
  }, [table.q]);
  // Only a settled search writes the URL.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs only when the typed search settles
  useEffect(() => {
    if (debounced !== (table.q ?? '')) update({ q: debounced, page: null }, true);
  }, [debounced]);

  const set = (key: string) => (value: string | null) => update({ [key]: value, page: null });
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        label="Search partners"
        placeholder="Name or id"
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        w={220}
      />
      <Select
        label="Health"
        placeholder="Any health"
        data={HEALTH}
        value={table.health ?? null}
        onChange={set('health')}
        clearable
        w={150}
      />
      <Select
        label="Type"
        placeholder="Any type"
        data={report.portfolio.segments.map((s) => s.type)}
        value={table.type ?? null}
        onChange={set('type')}
        clearable
        w={150}
      />
      <Select
        label="Program tier"
        placeholder="Any program tier"
        data={tiers}
        value={table.tier ?? null}
        onChange={set('tier')}
        clearable
        w={150}
      />
    </Group>
  );
};
