/**
 * The value the program realised (the executive summary's second line), each figure one click from
 * the partners behind it: revenue to the performance table below, counts to the partners page.
 */
import { Anchor, Group, List, SimpleGrid, Stack, Text, VisuallyHidden } from '@mantine/core';
import { type ProgramReport, pct, usdShort } from '@trellis/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { HealthBadge } from '../../components/badges.tsx';
import { partnersHref } from './links.ts';

const HEALTH = [
  ['engaged', 'engaged'],
  ['passive', 'passive'],
  ['at-risk', 'atRisk'],
  ['dormant', 'dormant'],
] as const;

const Figure = ({ label, children }: { label: string; children: ReactNode }) => (
  <Stack gap={2}>
    <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
      {label}
    </Text>
    {children}
  </Stack>
);

export const KeyFigures = ({ report }: { report: ProgramReport }) => {
  const v = report.summary.valueRealized;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Figure label="Partner-sourced revenue">
          <Anchor href="#performance" fz="xl" fw={700}>
            {usdShort(v.partnerSourcedRevenue)}
          </Anchor>
          <Text size="xs" c="dimmed">
            {v.revenueShare === null
              ? 'company revenue not given'
              : `${pct(v.revenueShare)} of company revenue`}
          </Text>
        </Figure>
        <Figure label="Active partners">
          <Anchor component={Link} to={partnersHref()} fz="xl" fw={700}>
            {v.active} of {v.partners}
          </Anchor>
          <Text size="xs" c="dimmed">
            active in the last {report.period.activeDays} days
          </Text>
        </Figure>
        <Figure label="Partner health">
          <Group gap={6}>
            {HEALTH.map(([health, key]) => (
              <Anchor key={health} component={Link} to={partnersHref({ health })}>
                {/* Named by what it shows (WCAG 2.5.3 Label in Name): "10 engaged partners". */}
                <Group gap={4} wrap="nowrap">
                  <Text fw={700}>{v[key]}</Text>
                  <HealthBadge health={health} />
                  <VisuallyHidden>partners</VisuallyHidden>
                </Group>
              </Anchor>
            ))}
          </Group>
        </Figure>
      </SimpleGrid>
      {report.summary.topImprovements.length > 0 && (
        <Figure label="Top improvements">
          <List type="ordered" size="sm" spacing={2}>
            {report.summary.topImprovements.map((i) => (
              <List.Item key={i.action}>
                <Anchor href={`#plan-${i.action}`} size="sm">
                  {i.title}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Figure>
      )}
    </Stack>
  );
};
