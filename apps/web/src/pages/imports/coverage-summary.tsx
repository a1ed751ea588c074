/**
 * The page's answer, above the fold: how many kinds of record are in, which were never imported and
 * how many criteria that leaves unmeasured ("not measured" is its own state, never a zero).
 */
import { Group, Paper, Stack, Text } from '@mantine/core';
import { useCan } from '../../api/org-path.ts';
import { counted, formatDate } from '../../components/dates.ts';
import { isMissingRoute, ProblemAlert } from '../../components/problem-alert.tsx';
import { Loading } from '../../components/states.tsx';
import { summarise } from './coverage.ts';
import { useCoverage } from './import-api.ts';

export const CoverageSummary = () => {
  const can = useCan();
  const coverage = useCoverage(can('data-coverage:read'));
  if (!can('data-coverage:read')) return null;
  if (coverage.isPending) return <Loading label="Reading what is imported…" />;
  if (coverage.isError)
    return (
      <ProblemAlert
        error={coverage.error}
        title={
          isMissingRoute(coverage.error)
            ? 'Data coverage is not available on this server yet'
            : 'What is imported could not be read'
        }
      />
    );
  const s = summarise(coverage.data.items);
  const total = coverage.data.items.length;
  const partnersIn = coverage.data.items.some((k) => k.kind === 'partners' && k.rows > 0);
  return (
    <Paper withBorder p="md" bg="trellis.0">
      <Group gap="xl" wrap="wrap" align="flex-start">
        <Stack gap={0}>
          <Text fz={32} fw={650} lh={1.1}>
            {s.imported.length} of {total}
          </Text>
          <Text size="sm" c="dimmed">
            kinds of record imported
          </Text>
        </Stack>
        <Stack gap={0}>
          <Text fz={32} fw={650} lh={1.1} c={s.unmeasured.length ? undefined : 'dimmed'}>
            {s.unmeasured.length}
          </Text>
          <Text size="sm" c="dimmed">
            {s.unmeasured.length === 1 ? 'criterion' : 'criteria'} with none of their data imported
          </Text>
        </Stack>
        <Stack gap={4} style={{ flex: 1, minWidth: 260 }}>
          {!partnersIn ? (
            <Text fw={600}>
              Nothing can be measured yet: start with partners — every other kind refers to them.
            </Text>
          ) : s.missing.length === 0 ? (
            <Text fw={600}>Every kind of record is in.</Text>
          ) : (
            <Text fw={600}>
              Never imported: {s.missing.map((k) => k.kind).join(', ')}
              {s.unmeasured.length
                ? ` — import them to measure at least ${counted(s.unmeasured.length, 'more criterion', 'more criteria')}.`
                : ' — no program criterion depends on them alone.'}
            </Text>
          )}
          {s.latest && (
            <Text size="sm" c="dimmed">
              The newest record is dated {formatDate(s.latest)}.
            </Text>
          )}
        </Stack>
      </Group>
    </Paper>
  );
};
