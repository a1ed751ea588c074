/**
 * How each partner performs: the performance table sorted, filtered and paginated by the server,
 * with its state (sort, filters, page) in the URL; the program's totals above it.
 */
import { Button, Group, Pagination, Stack, Text } from '@mantine/core';
import { num1, type ProgramReport, plural, usdShort } from '@trellis/contracts';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import { usePerformance } from './dashboard-data.ts';
import { useDashboardParams } from './dashboard-params.ts';
import { PerformanceFilters } from './performance-filters.tsx';
import { PerformanceTable } from './performance-table.tsx';
import { Section } from './section.tsx';

const PAGE_SIZE = 20;

/**
 * The page of the table the URL asks for. The dashboard calls it too, before the report has come,
 * so that the table's request runs alongside the report's instead of after the charts render.
 */
export const usePerformancePage = (number: number | undefined) => {
  const { table, update } = useDashboardParams();
  const { page, ...filters } = table;
  const query = usePerformance(number, { ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  return { query, table, page, update };
};

export const PerformancePanel = ({ report, number }: { report: ProgramReport; number: number }) => {
  const { query, table, page, update } = usePerformancePage(number);
  const a = report.performance.aggregates;
  const filtered = Boolean(table.health || table.type || table.tier || table.q);
  const pages = query.data ? Math.max(1, Math.ceil(query.data.total / PAGE_SIZE)) : 1;
  return (
    <Section
      id="performance"
      title="How is each partner performing?"
      intro={`Program totals in the period: ${usdShort(a.partnerRevenue)} revenue from ${plural(a.deals, 'deal')}, ${usdShort(a.pipeline)} open pipeline, median time to first deal ${a.medianTimeToFirstDealDays === null ? 'n/a' : plural(Math.round(a.medianTimeToFirstDealDays), 'day')}, average satisfaction ${num1(a.avgSatisfaction)} of 10.`}
    >
      <Stack gap="sm">
        <PerformanceFilters report={report} />
        {query.isPending ? (
          <Loading label="Loading partners…" />
        ) : query.isError ? (
          <ErrorState error={query.error} />
        ) : query.data.items.length === 0 ? (
          <Stack align="center" gap={0}>
            <Empty title={filtered ? 'No partner matches these filters' : 'No partners on this page'}>
              {filtered
                ? 'Clear a filter or search for another name.'
                : page > 1
                  ? 'This page is past the last one.'
                  : 'This assessment has no partners: import partners, then assess the program again.'}
            </Empty>
            {(filtered || page > 1) && (
              <Button
                variant="light"
                onClick={() => update({ health: null, type: null, tier: null, q: null, page: null })}
              >
                Show all partners
              </Button>
            )}
          </Stack>
        ) : (
          <>
            <PerformanceTable rows={query.data.items} loading={query.isFetching} />
            <Group justify="space-between">
              <Text size="sm" c="dimmed" aria-live="polite">
                {`Partners ${(page - 1) * PAGE_SIZE + 1}–${(page - 1) * PAGE_SIZE + query.data.items.length} of ${query.data.total}`}
              </Text>
              {pages > 1 && (
                <Pagination
                  total={pages}
                  value={page}
                  onChange={(p) => update({ page: p === 1 ? null : p })}
                  size="sm"
                  aria-label="Pages of the performance table"
                  getItemProps={(p) => ({ 'aria-label': `Page ${p}` })}
                  getControlProps={(c) => ({ 'aria-label': `${c[0]!.toUpperCase()}${c.slice(1)} page` })}
                />
              )}
            </Group>
          </>
        )}
      </Stack>
    </Section>
  );
};
