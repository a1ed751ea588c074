/**
 * How fresh the data behind a report is, and what came in after it was made: "Data: newest survey
 * 31 Aug 2026 (30 days before) …" and "7 opportunities imported or changed since — re-assess",
 * with the action that brings the report up to date.
 */
import { Alert, Stack, Text } from '@mantine/core';
import { capitalise, freshness, freshnessText, importedSinceText } from '@trellis/contracts';
import type { ReactNode } from 'react';

export const FreshnessLine = ({
  asOf,
  coverage,
  importedSince,
  made,
  action,
}: {
  asOf: string;
  /** The report's data coverage (kinds with their newest date on or before the as-of date). */
  coverage?: { kind: string; rows: number; newest?: string | null }[];
  importedSince?: { entity: string; rows: number }[];
  /** "this assessment", "this scoring". */
  made: string;
  /** The link or button that re-runs it (shown with the "imported since" warning). */
  action?: ReactNode;
}) => {
  const since = importedSinceText(importedSince ?? []);
  const entries = coverage ? freshness(asOf, coverage) : [];
  return (
    <Stack gap={4}>
      {coverage && entries.length > 0 && (
        <Text size="sm" c="dimmed">
          Data: {freshnessText(entries)}.
        </Text>
      )}
      {since && (
        <Alert color="yellow" variant="light" p="xs" title={null}>
          <Text size="sm">
            {capitalise(since)} {made} was made{action ? ' — ' : '.'}
            {action}
          </Text>
        </Alert>
      )}
    </Stack>
  );
};
