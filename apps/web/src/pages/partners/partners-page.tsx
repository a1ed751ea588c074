/**
 * /partners — "Which partners need attention?": the latest assessment's partners with their health,
 * tier, pipeline and revenue, searched, filtered, sorted and paged by the server; every choice in
 * the URL (`?q=&type=&tier=&health=&region=&sort=&page=`).
 */
import { Anchor, Button, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useCan } from '../../api/org-path.ts';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import { AttentionSummary } from './attention-summary.tsx';
import { PartnerFilters } from './partner-filters.tsx';
import { PartnersTable } from './partners-table.tsx';
import { useListParams } from './use-list-params.ts';
import { PAGE_SIZE, usePartnerRecords, usePerformancePage } from './use-partner-list.ts';

export const PartnersPage = () => {
  const { params, update, clearFilters, filtered } = useListParams();
  const can = useCan();
  const page = usePerformancePage(params);
  const records = usePartnerRecords();
  const regions = new Map((records.data?.items ?? []).map((r) => [r.external_id, r.region]));
  const noPartners = records.data?.total === 0;
  const noAssessment = page.error instanceof ApiError && page.error.status === 404;

  const body = () => {
    if (page.isPending) return <Loading label="Loading partners…" />;
    if (noPartners || noAssessment)
      return (
        <Empty title={noPartners ? 'No partners imported yet' : 'No assessment yet'}>
          {noPartners
            ? 'Partners come from the partners file; once it is imported and the program assessed, they are listed here with their health.'
            : 'Partners are listed with their health and performance once the program has been assessed.'}{' '}
          {can('imports:run') && (
            <Anchor component={Link} to="/imports">
              {noPartners ? 'Import partners' : 'Go to imports'}
            </Anchor>
          )}
        </Empty>
      );
    if (page.isError) return <ErrorState error={page.error} title="The partners could not be loaded" />;
    const { items, total } = page.data;
    if (total === 0)
      return (
        <Stack align="center" gap="xs" py="xl">
          <Empty title="No partner matches these filters">
            {filtered
              ? 'Loosen a filter or clear them all to see every partner.'
              : 'The latest assessment has no partners.'}
          </Empty>
          {filtered && <Button onClick={clearFilters}>Clear filters</Button>}
        </Stack>
      );
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const from = (params.page - 1) * PAGE_SIZE + 1;
    return (
      <Stack gap="sm">
        <PartnersTable
          rows={items}
          regions={regions}
          sort={params.sort}
          onSort={(sort) => update({ sort })}
        />
        <Group justify="space-between">
          <Text size="sm" c="dimmed" aria-live="polite">
            {items.length === 0
              ? `No partners on page ${params.page}`
              : `Showing ${from}–${from + items.length - 1} of ${total}`}
          </Text>
          {pages > 1 && (
            <Pagination
              total={pages}
              value={Math.min(params.page, pages)}
              onChange={(p) => update({ page: p })}
              getControlProps={(control) => ({ 'aria-label': `${control} page` })}
              getItemProps={(p) => ({ 'aria-label': `Page ${p}` })}
            />
          )}
        </Group>
      </Stack>
    );
  };

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Title order={1}>Which partners need attention?</Title>
        {page.data && page.data.total > 0 && (
          <AttentionSummary
            params={params}
            total={page.data.total}
            onHealth={(health) => update({ health })}
          />
        )}
      </Stack>
      <PartnerFilters
        params={params}
        update={update}
        records={records.data?.items ?? []}
        // The empty state has its own "Clear filters" button: one such button at a time.
        showClear={filtered && (page.data?.total ?? 0) > 0}
      />
      {body()}
    </Stack>
  );
};
