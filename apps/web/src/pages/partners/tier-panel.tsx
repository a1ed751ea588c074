/**
 * The tier: in effect vs earned, what changed at the latest scoring (promotion, grace period …),
 * and the gates of the tier held — or, with no tier, of the first tier — met or not, and why.
 */
import { Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { TierBadge } from '../../components/badges.tsx';
import { useTierWords } from '../../components/tier-words.ts';
import { changeText, GATE_NAMES } from './labels.ts';
import type { PartnerReadiness } from './partner-types.ts';

export const TierPanel = ({ readiness }: { readiness: PartnerReadiness }) => {
  const { name: tierName } = useTierWords();
  const gatesOf = readiness.tier ?? readiness.nextTier?.tier ?? null;
  const failed = readiness.gates.filter((g) => !g.passed).length;
  return (
    <Paper withBorder p="md" h="100%" component="section" aria-labelledby="tier-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="tier-heading">
          Readiness tier and gates
        </Title>
        <Group gap="lg" wrap="wrap">
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              Readiness tier in effect
            </Text>
            <TierBadge tier={readiness.tier} />
          </Stack>
          <Stack gap={2}>
            <Text size="xs" c="dimmed">
              Earned at the latest scoring
            </Text>
            <TierBadge tier={readiness.earned} />
          </Stack>
        </Group>
        <Text size="sm">
          {changeText(
            readiness.change,
            readiness.graceLeft,
            tierName(readiness.earned),
            tierName(readiness.tier),
          )}
        </Text>
        <Title order={3} size="h5">
          Gates of {gatesOf ? tierName(gatesOf) : 'the tier'}:{' '}
          {failed === 0 ? 'all met' : `${failed} not met`}
        </Title>
        <List spacing={6} size="sm" listStyleType="none" aria-label={`Gates of ${tierName(gatesOf)}`}>
          {readiness.gates.map((g) => (
            <List.Item
              key={g.gate}
              icon={
                <ThemeIcon
                  size={18}
                  radius="xl"
                  color={g.passed ? 'trellis' : 'gray'}
                  variant={g.passed ? 'filled' : 'outline'}
                >
                  <span aria-hidden="true" style={{ fontSize: 11 }}>
                    {g.passed ? '✓' : '✗'}
                  </span>
                </ThemeIcon>
              }
            >
              <Text size="sm" span fw={600}>
                {GATE_NAMES[g.gate]}: {g.passed ? 'met' : 'not met'}
              </Text>
              <Text size="xs" c="dimmed">
                {g.detail}
              </Text>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
};
