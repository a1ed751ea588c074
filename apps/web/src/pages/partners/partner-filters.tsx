/**
 * Search and filters of the partners list. Every choice goes to the URL at once (the search box
 * after a short pause), so the list is a link and back/forward step through the choices.
 */
import { Button, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { type TierWords, useTierWords } from '../../components/tier-words.ts';
import type { PartnerRecord } from './partner-types.ts';
import type { ListParams, useListParams } from './use-list-params.ts';

const TYPES = ['strategic', 'channel', 'technology', 'referral'];
const HEALTH = ['engaged', 'passive', 'at-risk', 'dormant'];

const distinct = (values: (string | null)[]) =>
  [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b));

/**
 * The tiers on the partner records (the list's tier is the record's), in the published policy's
 * order (a CRM's "GOLD" ranks as gold), then "none".
 */
const tierOptions = (records: PartnerRecord[], rank: TierWords['rank']) => {
  const tiers = distinct(records.map((r) => r.tier)).sort((a, b) => rank(a) - rank(b));
  return [...tiers.map((t) => ({ value: t, label: t })), { value: 'none', label: 'No program tier' }];
};

/** Options, keeping a value from the URL that is not among them (so it still shows and clears). */
const withCurrent = (options: { value: string; label: string }[], current: string) =>
  current && !options.some((o) => o.value === current)
    ? [...options, { value: current, label: current }]
    : options;

export const PartnerFilters = ({
  params,
  update,
  records,
  showClear,
}: {
  params: ListParams;
  update: ReturnType<typeof useListParams>['update'];
  records: PartnerRecord[];
  showClear: boolean;
}) => {
  const [q, setQ] = useState(params.q);
  const { rank } = useTierWords();
  const pushQ = useDebouncedCallback((value: string) => update({ q: value.trim() }), 300);
  // Back/forward (or "Clear filters") change the URL: the box follows it.
  useEffect(() => setQ(params.q), [params.q]);
  const select = (key: keyof ListParams, label: string, options: { value: string; label: string }[]) => (
    <Select
      label={label}
      placeholder="Any"
      clearable
      data={withCurrent(options, params[key] as string)}
      value={(params[key] as string) || null}
      onChange={(v) => update({ [key]: v ?? null })}
      w={128}
      comboboxProps={{ withinPortal: true }}
    />
  );
  const plain = (values: string[]) => values.map((v) => ({ value: v, label: v }));
  return (
    <Group align="flex-end" gap="sm" wrap="wrap" component="section" aria-label="Search and filters">
      <TextInput
        label="Search partners"
        placeholder="Name or ID"
        type="search"
        value={q}
        onChange={(e) => {
          setQ(e.currentTarget.value);
          pushQ(e.currentTarget.value);
        }}
        w={190}
      />
      {select('type', 'Type', plain(TYPES))}
      {select('tier', 'Program tier', tierOptions(records, rank))}
      {select('health', 'Health', plain(HEALTH))}
      {select('region', 'Region', plain(distinct(records.map((r) => r.region))))}
      {showClear && (
        <Button
          variant="subtle"
          onClick={() => update({ q: null, type: null, tier: null, health: null, region: null })}
        >
          Clear filters
        </Button>
      )}
    </Group>
  );
};
