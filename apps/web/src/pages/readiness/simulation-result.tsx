/** Who would move under the candidate policy: up or down, from and to which tier, and why. */
import { Anchor, List, Stack, Table, Text } from '@mantine/core';
import { formatDate, plural } from '@trellis/contracts';
import { Link } from 'react-router';
import { TierBadge } from '../../components/badges.tsx';
import { useTierWords } from '../../components/tier-words.ts';
import type { TierSimulation } from './use-readiness.ts';

export const SimulationResult = ({ result: r }: { result: TierSimulation }) => {
  const { name: tierName } = useTierWords();
  const up = r.moves.filter((m) => m.direction === 'up').length;
  const deferred = r.moves.filter((m) => m.deferredByGrace).length;
  return (
    <Stack gap="xs" role="status" aria-live="polite">
      <Text fw={600}>
        {r.moves.length === 0
          ? `No partner would change tier (${r.partners} partners).`
          : `${r.moves.length} of ${plural(r.partners, 'partner')} would move: ${up} up, ${r.moves.length - up} down.`}
      </Text>
      <Text size="sm" c="dimmed">
        Policy {r.candidate.version} against the published {r.current.version}, as of {formatDate(r.asOf)}
        {deferred > 0 && ` · ${deferred} of the demotions wait out the grace period first`}.
      </Text>
      {r.moves.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table className="trellis-table" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Partner</Table.Th>
                <Table.Th>Move</Table.Th>
                <Table.Th>From</Table.Th>
                <Table.Th>To</Table.Th>
                <Table.Th>Why</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.moves.map((m) => (
                <Table.Tr key={m.partner}>
                  <Table.Td>
                    <Anchor component={Link} to={`/partners/${encodeURIComponent(m.partner)}`} size="sm">
                      {m.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {m.partner}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {m.direction === 'up' ? '↑ Up' : '↓ Down'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <TierBadge tier={m.from} />
                  </Table.Td>
                  <Table.Td>
                    <TierBadge tier={m.to} />
                    {m.deferredByGrace && (
                      <Text size="xs" c="dimmed">
                        would earn {tierName(m.earned)}; kept by the grace period
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <List size="sm" spacing={2}>
                      {m.why.map((w) => (
                        <List.Item key={w}>{w}</List.Item>
                      ))}
                    </List>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
};
