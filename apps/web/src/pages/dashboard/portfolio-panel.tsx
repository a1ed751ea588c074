/**
 * Where the partners are and how healthy: the type × health heat grid (a cell opens the partners
 * page filtered to it), the same counts with their revenue as a table, coverage gaps and the
 * largest at-risk relationships.
 */
import { Grid, Stack, Text } from '@mantine/core';
import { type ProgramReport, portfolioGridOption } from '@trellis/contracts';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { Chart } from '../../components/chart.tsx';
import { Empty } from '../../components/states.tsx';
import { AtRiskList } from './at-risk-list.tsx';
import { partnersHref } from './links.ts';
import { HEALTH_ORDER, PortfolioTable } from './portfolio-table.tsx';
import { Section } from './section.tsx';

export const PortfolioPanel = ({ report }: { report: ProgramReport }) => {
  const navigate = useNavigate();
  const option = useMemo(() => portfolioGridOption(report), [report]);
  const { segments, coverageGaps } = report.portfolio;
  const types = segments.map((s) => s.type);
  return (
    <Section
      id="portfolio"
      title="Where are our partners, and how healthy are they?"
      intro="Partners by type and health; open a cell or a count to see the partners in it."
    >
      {segments.length === 0 ? (
        <Empty title="No partners in this assessment">Import partners, then assess the program again.</Empty>
      ) : (
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Chart
              option={option}
              height={80 + segments.length * 60}
              label="Heat grid of partners by type and health; the same counts are in the table, each linking to the partners"
              onClick={(p) => {
                // A heat-grid cell's data is [health index, type index, partners, revenue].
                const [x, y] = p.data as number[];
                const health = HEALTH_ORDER[x ?? -1];
                const type = types[y ?? -1];
                if (health && type) navigate(partnersHref({ type, health }));
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Stack gap="md">
              <PortfolioTable segments={segments} />
              {coverageGaps.length > 0 && (
                <Text size="sm">
                  <Text span fw={600}>
                    Coverage gaps:{' '}
                  </Text>
                  {coverageGaps
                    .map(
                      (g) =>
                        `${g.name} (${g.kind}: ${g.status === 'none' ? 'no partners' : `${g.partners} partners, none active`})`,
                    )
                    .join('; ')}
                </Text>
              )}
              <AtRiskList atRisk={report.portfolio.atRisk} />
            </Stack>
          </Grid.Col>
        </Grid>
      )}
    </Section>
  );
};
