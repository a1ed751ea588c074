/**
 * The page's answer: what the next tier needs, as a checklist — each need with where the partner is
 * today and what is required, and the remediation item working on it (status and due date).
 */
import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { formatDate, formatDue, formatScore, needRows, plural } from '@trellis/contracts';
import { todayIso } from '../../components/dates.ts';
import { Empty } from '../../components/states.tsx';
import { useTierWords } from '../../components/tier-words.ts';
import { STATUS_LABELS } from './labels.ts';
import type { PartnerReadiness, RemediationItem } from './partner-types.ts';

export const NextTierPanel = ({
  readiness,
  remediation,
}: {
  readiness: PartnerReadiness;
  remediation: RemediationItem[] | undefined;
}) => {
  const { name: tierName } = useTierWords();
  const next = readiness.nextTier;
  const today = todayIso();
  if (!next)
    return (
      <Paper withBorder p="md" component="section" aria-labelledby="next-tier-heading">
        <Title order={2} size="h3" id="next-tier-heading">
          What the next tier needs
        </Title>
        <Text mt="xs">
          {tierName(readiness.tier)} is the top tier: nothing more is needed. Keep every gate below met to
          hold it.
        </Text>
      </Paper>
    );
  const name = tierName(next.tier);
  // A need and its remediation item share their words (the item's gap is the need's text).
  const itemFor = (text: string) =>
    remediation?.find((i) => i.gap === text && i.partner === readiness.externalId);
  const needs = needRows(next);
  return (
    <Paper withBorder p="md" h="100%" component="section" aria-labelledby="next-tier-heading">
      <Stack gap="xs">
        <Group justify="space-between" align="baseline" wrap="wrap">
          <Title order={2} size="h3" id="next-tier-heading">
            What {name} needs
          </Title>
          <Text size="sm" c="dimmed">
            {plural(needs.length, 'need')} · composite against {name}: {formatScore(next.composite)}
          </Text>
        </Group>
        {needs.length === 0 ? (
          <Empty title={`Nothing is missing for ${name}`}>
            Every requirement of {name} is met; the tier follows at the next scoring.
          </Empty>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table className="trellis-table" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Need</Table.Th>
                  <Table.Th>Today</Table.Th>
                  <Table.Th>Required</Table.Th>
                  <Table.Th>Plan</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {needs.map((n) => {
                  const item = itemFor(n.text);
                  const closed = item && (item.status === 'done' || item.status === 'dropped');
                  return (
                    <Table.Tr key={n.text}>
                      <Table.Td>
                        <Group gap={8} wrap="nowrap" align="flex-start">
                          {/* A checklist mark: every need listed is still open for this tier. */}
                          <Text component="span" aria-hidden="true" c="dimmed">
                            ☐
                          </Text>
                          {/* The heading says what the sentence says; the sentence is the item's gap. */}
                          <Text size="sm" fw={600} title={n.text}>
                            {n.what}
                          </Text>
                        </Group>
                      </Table.Td>
                      <Table.Td>{n.current ?? '—'}</Table.Td>
                      <Table.Td>{n.required ?? '—'}</Table.Td>
                      <Table.Td miw={130} style={{ whiteSpace: 'nowrap' }}>
                        {item ? (
                          <Stack gap={2} align="flex-start">
                            <Badge variant="light" color={closed ? 'gray' : 'trellis'} radius="sm" tt="none">
                              #{item.id} {STATUS_LABELS[item.status]}
                            </Badge>
                            {!closed && (
                              <Text
                                size="xs"
                                c={item.dueOn < today ? 'red.8' : 'dimmed'}
                                title={`due ${formatDate(item.dueOn)}`}
                              >
                                {formatDue(item.dueOn, today)}
                              </Text>
                            )}
                          </Stack>
                        ) : (
                          <Text size="xs" c="dimmed">
                            no item yet
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
};
