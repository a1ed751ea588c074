/** The portfolio map as a table: partners and revenue per type × health, each count a link to those partners. */
import { Anchor, Table, Text } from '@mantine/core';
import { type ProgramReport, usdShort } from '@trellis/contracts';
import { Link } from 'react-router';
import { partnersHref } from './links.ts';

/** The order of the heat grid's columns (portfolioGridOption's x axis). */
export const HEALTH_ORDER = ['engaged', 'passive', 'at-risk', 'dormant'] as const;

type Segment = ProgramReport['portfolio']['segments'][number];

const Cell = ({
  partners,
  revenue,
  to,
  label,
}: {
  partners: number;
  revenue: number;
  to: string;
  label: string;
}) => (
  <Table.Td className="num">
    {partners === 0 ? (
      <Text span size="sm" c="dimmed">
        0
      </Text>
    ) : (
      <Anchor component={Link} to={to} size="sm" fw={600} aria-label={label}>
        {partners}
      </Anchor>
    )}
    {partners > 0 && (
      <Text size="xs" c="dimmed">
        {usdShort(revenue)}
      </Text>
    )}
  </Table.Td>
);

export const PortfolioTable = ({ segments }: { segments: Segment[] }) => (
  <Table className="trellis-table" fz="sm" verticalSpacing={6}>
    <Table.Thead>
      <Table.Tr>
        <Table.Th>Type</Table.Th>
        {HEALTH_ORDER.map((h) => (
          <Table.Th key={h} className="num">
            {h}
          </Table.Th>
        ))}
        <Table.Th className="num">All</Table.Th>
      </Table.Tr>
    </Table.Thead>
    <Table.Tbody>
      {segments.map((s) => (
        <Table.Tr key={s.type}>
          <Table.Td>{s.type}</Table.Td>
          {HEALTH_ORDER.map((h) => (
            <Cell
              key={h}
              partners={s.health[h]?.partners ?? 0}
              revenue={s.health[h]?.revenue ?? 0}
              to={partnersHref({ type: s.type, health: h })}
              label={`${s.health[h]?.partners ?? 0} ${h} ${s.type} partners`}
            />
          ))}
          <Cell
            partners={s.partners}
            revenue={s.revenue}
            to={partnersHref({ type: s.type })}
            label={`${s.partners} ${s.type} partners`}
          />
        </Table.Tr>
      ))}
    </Table.Tbody>
    <Table.Caption>Partners (and their revenue in the period) per type and health.</Table.Caption>
  </Table>
);
