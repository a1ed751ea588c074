/**
 * What to do in the next 90 days: the 30/60/90 plan as a timeline, each action with its effort,
 * why it was chosen, the criteria it moves (links) and its status; deferred actions with the reason.
 */
import { Accordion, Anchor, Badge, Group, List, Paper, Stack, Text, Timeline } from '@mantine/core';
import { type ProgramReport, plural } from '@trellis/contracts';
import { Link } from 'react-router';
import { Empty } from '../../components/states.tsx';
import type { PlanItem } from './dashboard-data.ts';
import { criterionHref } from './links.ts';
import { PlanOwnerControl } from './plan-owner.tsx';
import { PlanStatusControl } from './plan-status.tsx';
import { Section } from './section.tsx';

const BUCKETS = [
  ['days30', 'First 30 days', 30],
  ['days60', 'Days 31–60', 60],
  ['days90', 'Days 61–90', 90],
] as const;

const EFFORT: Record<PlanItem['effort'], string> = {
  low: 'Low effort',
  medium: 'Medium effort',
  high: 'High effort',
};

/** The criterion's wording for a link (the scorecard carries it), else its id. */
const criterionText = (report: ProgramReport, id: string) =>
  report.scorecard.flatMap((d) => d.criteria).find((c) => c.id === id)?.text ?? id;

const Action = ({
  item,
  report,
  number,
  final,
}: {
  item: PlanItem;
  report: ProgramReport;
  number: number;
  final: boolean;
}) => (
  <Paper withBorder p="sm" radius="sm" id={`plan-${item.action}`} style={{ scrollMarginTop: 72 }}>
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
      <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs">
          <Text fw={600} size="sm">
            {item.title}
          </Text>
          <Badge variant="outline" color="gray" radius="sm" size="sm" tt="none">
            {EFFORT[item.effort]}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          Why: {item.because}.
        </Text>
        <Text size="xs" c="dimmed">
          Criteria:{' '}
          {item.criteria.map((c, k) => (
            <span key={c}>
              {k > 0 && ' · '}
              <Anchor component={Link} to={criterionHref(number, c)} size="xs">
                {criterionText(report, c)}
              </Anchor>
            </span>
          ))}
        </Text>
      </Stack>
      <Stack gap={6} align="flex-end">
        <PlanStatusControl number={number} item={item} final={final} />
        <PlanOwnerControl number={number} item={item} final={final} />
      </Stack>
    </Group>
  </Paper>
);

const Deferred = ({ items }: { items: ProgramReport['plan']['deferred'] }) => (
  <Accordion variant="contained" radius="sm">
    <Accordion.Item value="deferred">
      <Accordion.Control>
        <Text size="sm" fw={600}>
          Deferred: {plural(items.length, 'action')} that do not fit the 90 days or the team's limits
        </Text>
      </Accordion.Control>
      <Accordion.Panel>
        <List size="sm" spacing={4}>
          {items.map((d) => (
            <List.Item key={d.action}>
              {d.title}{' '}
              <Text span size="xs" c="dimmed">
                — {d.reason}
              </Text>
            </List.Item>
          ))}
        </List>
      </Accordion.Panel>
    </Accordion.Item>
  </Accordion>
);

export const PlanPanel = ({
  report,
  number,
  final,
}: {
  report: ProgramReport;
  number: number;
  final: boolean;
}) => {
  const { plan } = report;
  const total = plan.days30.length + plan.days60.length + plan.days90.length;
  return (
    <Section
      id="plan"
      title="What do we do in the next 90 days?"
      intro={`${plural(total, 'action')}, at most ${plan.capacityPerBucket} per 30 days for the team's capacity; highest priority first.${final ? ' The assessment is final, so their status no longer changes.' : ''}`}
    >
      {total === 0 ? (
        <Empty title="Nothing to plan">Every criterion is at its target: no action was needed.</Empty>
      ) : (
        <Timeline bulletSize={30} lineWidth={2} active={-1}>
          {BUCKETS.map(([bucket, label, days]) => (
            <Timeline.Item
              key={bucket}
              title={<Text fw={700}>{label}</Text>}
              bullet={
                <Text size="xs" fw={700} aria-hidden="true">
                  {days}
                </Text>
              }
            >
              <Stack gap="xs" mt="xs">
                {plan[bucket].length === 0 ? (
                  <Text size="sm" c="dimmed">
                    No action in this period.
                  </Text>
                ) : (
                  plan[bucket].map((item) => (
                    <Action key={item.action} item={item} report={report} number={number} final={final} />
                  ))
                )}
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {plan.deferred.length > 0 && <Deferred items={plan.deferred} />}
    </Section>
  );
};
