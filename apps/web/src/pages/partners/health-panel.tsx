/**
 * Health and performance from the latest program assessment: the health state with the reasons
 * behind it, and the partner's figures (revenue, pipeline, deals, engagement, satisfaction …).
 * A partner user's row is the partner view: no satisfaction, and no health unless their org shares
 * it — then the panel is "Performance", and its figures close up (no empty place where those were).
 */
import { Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { formatDate, num1, plural, usdShort } from '@trellis/contracts';
import { useSession } from '../../api/session.tsx';
import { HealthBadge } from '../../components/badges.tsx';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import type { PartnerPerformanceRow } from './partner-types.ts';
import { isNotFound } from './use-partner-data.ts';

const Figure = ({ label, value, note }: { label: string; value: string; note?: string }) => (
  <Stack gap={0}>
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    <Text fw={650} size="lg">
      {value}
    </Text>
    {note && (
      <Text size="xs" c="dimmed">
        {note}
      </Text>
    )}
  </Stack>
);

const Figures = ({ p }: { p: PartnerPerformanceRow }) => (
  <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" verticalSpacing="sm">
    <Figure
      label="Partner revenue"
      value={usdShort(p.revenue)}
      note={`${usdShort(p.sourcedRevenue)} sourced`}
    />
    <Figure label="Open pipeline" value={usdShort(p.pipeline)} />
    <Figure label="Deals won" value={String(p.deals)} />
    <Figure
      label="Engagement"
      value={p.engagement}
      note={`${plural(p.activitiesRecent, 'recent activity', 'recent activities')}`}
    />
    {p.satisfaction !== undefined && (
      <Figure
        label="Satisfaction"
        value={p.satisfaction === null ? 'not measured' : `${num1(p.satisfaction)} / 10`}
      />
    )}
    <Figure
      label="Time to first deal"
      value={p.timeToFirstDealDays === null ? 'no deal yet' : plural(p.timeToFirstDealDays, 'day')}
    />
    <Figure label="Last activity" value={formatDate(p.lastActivityOn)} />
  </SimpleGrid>
);

export const HealthPanel = ({ query }: { query: UseQueryResult<PartnerPerformanceRow | null> }) => {
  const { partner: ownPartner } = useSession();
  // Staff always see health; a partner user only when the answer carries it (their org shares it).
  const withHealth = query.data ? query.data.health !== undefined : !ownPartner;
  const what = withHealth ? 'Health and performance' : 'Performance';
  const body = () => {
    if (query.isPending) return <Loading label={`Loading ${what.toLowerCase()}…`} />;
    if (query.isError && isNotFound(query.error))
      return (
        <Empty title="No assessment yet">
          {withHealth ? 'Health and performance appear' : 'Performance figures appear'} once the program is
          assessed.
        </Empty>
      );
    if (query.isError) return <ErrorState error={query.error} />;
    const p = query.data;
    if (!p)
      return (
        <Empty title="Not in the latest assessment">
          The partner joined after the assessment’s date, or is retired.
        </Empty>
      );
    return (
      <Stack gap="sm">
        {p.health !== undefined && (
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <HealthBadge health={p.health} />
            {p.healthReasons && p.healthReasons.length > 0 && (
              <List size="sm" spacing={2} aria-label="Why this health">
                {p.healthReasons.map((reason) => (
                  <List.Item key={reason}>{reason}</List.Item>
                ))}
              </List>
            )}
          </Group>
        )}
        <Figures p={p} />
      </Stack>
    );
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="health-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="health-heading">
          {what}
        </Title>
        {body()}
      </Stack>
    </Paper>
  );
};
