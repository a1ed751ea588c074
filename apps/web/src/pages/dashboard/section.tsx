/** One panel of the dashboard: a titled, bordered section whose heading (an h2 asking its question) names it for screen readers. */
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export const Section = ({
  id,
  title,
  intro,
  aside,
  children,
}: {
  id: string;
  title: string;
  intro?: ReactNode;
  aside?: ReactNode;
  children: ReactNode;
}) => (
  <Paper
    component="section"
    withBorder
    p="lg"
    radius="md"
    aria-labelledby={`${id}-title`}
    id={id}
    // In-page links (#performance, #plan) land below the fixed app header.
    style={{ scrollMarginTop: 72 }}
  >
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2}>
          <Title order={2} size="h3" id={`${id}-title`}>
            {title}
          </Title>
          {intro && (
            <Text size="sm" c="dimmed">
              {intro}
            </Text>
          )}
        </Stack>
        {aside}
      </Group>
      {children}
    </Stack>
  </Paper>
);
