/** Loading, empty and error states: every page and panel shows one of them instead of nothing. */
import { Alert, Center, Loader, Stack, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from '../api/client.ts';

export const Loading = ({ label = 'Loading…' }: { label?: string }) => (
  <Center py="xl" role="status" aria-live="polite">
    <Stack align="center" gap="xs">
      <Loader size="sm" />
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Stack>
  </Center>
);

export const ErrorState = ({
  error,
  title = 'This could not be loaded',
}: {
  error: unknown;
  title?: string;
}) => (
  <Alert color="red" title={title} role="alert">
    {error instanceof ApiError ? error.message : 'The server could not be reached. Try again in a moment.'}
  </Alert>
);

/** Why a list or panel is empty, and what to do about it. */
export const Empty = ({ title, children }: { title: string; children?: ReactNode }) => (
  <Stack align="center" gap={4} py="xl">
    <Text fw={600}>{title}</Text>
    {children && (
      <Text size="sm" c="dimmed" ta="center" maw={520}>
        {children}
      </Text>
    )}
  </Stack>
);

/** Renders `children(data)` once the query has data; the loading or error state before. */
export const QueryView = <T,>({
  query,
  children,
  loading,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  loading?: string;
}) => {
  if (query.isPending) return <Loading label={loading} />;
  if (query.isError) return <ErrorState error={query.error} />;
  return <>{children(query.data)}</>;
};
