/** A titled, bordered section of a page, named for screen readers by its heading (an h2). */
import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export const TitledPanel = ({ id, title, children }: { id: string; title: string; children: ReactNode }) => (
  <Paper withBorder p="md" component="section" aria-labelledby={id}>
    <Stack gap="sm">
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  </Paper>
);
