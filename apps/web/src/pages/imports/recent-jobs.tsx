/**
 * Recent jobs, newest first, a page at a time (the page in `?jobs=`): what ran, on which file, its
 * status and outcome. Opening one shows it above (`?job=`).
 */
import { Button, Group, Pagination, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { count, formatDateTime } from '../../components/dates.ts';
import { Empty, QueryView } from '../../components/states.tsx';
import { type ImportPayload, type ImportResult, type Job, useJobs } from './import-api.ts';
import { jobTitle } from './job-panel.tsx';
import { StatusBadge } from './status-badge.tsx';

const PAGE_SIZE = 10;

const outcome = (job: Job): string => {
  if (job.status === 'failed') {
    // The message starts with the file's name, which the Job column already shows.
    const name = (job.payload as ImportPayload).filename;
    const message = job.error?.message ?? 'failed';
    return name && message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message;
  }
  if (job.status === 'running')
    return job.progress?.fraction != null ? `${Math.round(job.progress.fraction * 100)}%` : 'running';
  if (job.status === 'queued') return 'waiting';
  if (job.kind !== 'import') return 'finished';
  const r = job.result as ImportResult | null;
  if (!r) return 'finished';
  return r.dryRun
    ? `${count(r.rows)} rows checked: would insert ${count(r.inserted)}, update ${count(r.updated)}`
    : `${count(r.rows)} rows: ${count(r.inserted)} inserted, ${count(r.updated)} updated, ${count(r.unchanged)} unchanged`;
};

export const RecentJobs = ({ current, onOpen }: { current: string | null; onOpen: (id: string) => void }) => {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('jobs')) || 1);
  const jobs = useJobs(page, PAGE_SIZE);
  const setPage = (p: number) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      p > 1 ? next.set('jobs', String(p)) : next.delete('jobs');
      return next;
    });
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="jobs-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="jobs-heading">
          Recent jobs
        </Title>
        <QueryView query={jobs} loading="Loading jobs…">
          {(data) =>
            data.items.length === 0 ? (
              <Empty title="No jobs yet">
                Imports, dry runs, scorings and assessments appear here as they run.
              </Empty>
            ) : (
              <>
                <Table.ScrollContainer minWidth={680}>
                  <Table className="trellis-table" verticalSpacing="xs" highlightOnHover>
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>Started</Table.Th>
                        <Table.Th>Job</Table.Th>
                        <Table.Th>Status</Table.Th>
                        <Table.Th>Outcome</Table.Th>
                        <Table.Th>
                          <VisuallyHidden>Open</VisuallyHidden>
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.items.map((job) => (
                        <Table.Tr key={job.id} bg={job.id === current ? 'trellis.0' : undefined}>
                          <Table.Td style={{ whiteSpace: 'nowrap' }}>
                            {formatDateTime(job.createdAt)}
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{jobTitle(job)}</Text>
                            <Text size="xs" c="dimmed">
                              {job.kind === 'import' ? `${(job.payload as ImportPayload).entity} · ` : ''}
                              {job.createdBy}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            <StatusBadge status={job.status} />
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm" lineClamp={2}>
                              {outcome(job)}
                            </Text>
                          </Table.Td>
                          <Table.Td>
                            {job.kind === 'import' && (
                              <Button
                                size="compact-sm"
                                variant="subtle"
                                onClick={() => onOpen(job.id)}
                                aria-label={`Show job of ${formatDateTime(job.createdAt)}: ${(job.payload as ImportPayload).filename ?? 'file'}`}
                                aria-pressed={job.id === current}
                              >
                                Show
                              </Button>
                            )}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                {data.total > PAGE_SIZE && (
                  <Group justify="space-between">
                    <Text size="sm" c="dimmed">
                      {count(data.total)} jobs
                    </Text>
                    <Pagination
                      total={Math.ceil(data.total / PAGE_SIZE)}
                      value={page}
                      onChange={setPage}
                      size="sm"
                      getControlProps={(c) => ({
                        'aria-label': `${c === 'previous' ? 'Previous' : c === 'next' ? 'Next' : c === 'first' ? 'First' : 'Last'} page of jobs`,
                      })}
                    />
                  </Group>
                )}
              </>
            )
          }
        </QueryView>
      </Stack>
    </Paper>
  );
};
