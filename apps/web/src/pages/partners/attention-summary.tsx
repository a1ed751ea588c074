/**
 * The page's answer in one line: of the partners matching the other filters, how many are at risk
 * and how many dormant — each a button that shows just those.
 */
import { Button, Group, Text } from '@mantine/core';
import { plural } from '@trellis/contracts';
import { HealthBadge } from '../../components/badges.tsx';
import { HEALTH_COLORS } from '../../components/theme.ts';
import type { ListParams } from './use-list-params.ts';
import { useHealthCount } from './use-partner-list.ts';

const ATTENTION = ['at-risk', 'dormant'] as const;

export const AttentionSummary = ({
  params,
  total,
  onHealth,
}: {
  params: ListParams;
  /** Partners matching every filter (the table's total). */
  total: number;
  onHealth: (health: string) => void;
}) => {
  const atRisk = useHealthCount(params, 'at-risk');
  const dormant = useHealthCount(params, 'dormant');
  const counts = { 'at-risk': atRisk.data, dormant: dormant.data };
  if (params.health)
    return (
      <Group gap="xs">
        <Text>{plural(total, 'partner')}</Text>
        <HealthBadge health={params.health} />
        {(params.q || params.type || params.tier || params.region) && <Text>among those filtered</Text>}
      </Group>
    );
  if (counts['at-risk'] === 0 && counts.dormant === 0)
    return <Text>{plural(total, 'partner')} — none at-risk or dormant.</Text>;
  return (
    <Group gap="xs" wrap="wrap">
      <Text>{plural(total, 'partner')} —</Text>
      {ATTENTION.map((h) => (
        <Button
          key={h}
          size="compact-sm"
          variant="outline"
          color={HEALTH_COLORS[h]}
          disabled={counts[h] === undefined || counts[h] === 0}
          onClick={() => onHealth(h)}
          aria-label={`Show the ${counts[h] ?? ''} ${h} partners`.replace('  ', ' ')}
        >
          {counts[h] === undefined ? `… ${h}` : `${counts[h]} ${h}`}
        </Button>
      ))}
      <Text size="sm" c="dimmed">
        need attention first
      </Text>
    </Group>
  );
};
