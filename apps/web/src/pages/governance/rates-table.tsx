/** Overturn rates per assessor or per competency: drawn, decided, upheld, overturned, rate. */
import { Table } from '@mantine/core';
import { pct, type SpotAuditResults } from '@trellis/contracts';

type Row = SpotAuditResults['byAssessor'][number];

export const RatesTable = ({ label, keyName, rows }: { label: string; keyName: string; rows: Row[] }) => (
  <Table className="trellis-table" verticalSpacing={4} fz="sm" aria-label={label}>
    <Table.Thead>
      <Table.Tr>
        <Table.Th>{keyName}</Table.Th>
        <Table.Th className="num">Drawn</Table.Th>
        <Table.Th className="num">Decided</Table.Th>
        <Table.Th className="num">Upheld</Table.Th>
        <Table.Th className="num">Overturned</Table.Th>
        <Table.Th className="num">Overturn rate</Table.Th>
      </Table.Tr>
    </Table.Thead>
    <Table.Tbody>
      {rows.map((r) => (
        <Table.Tr key={r.key}>
          <Table.Td>{r.key}</Table.Td>
          <Table.Td className="num">{r.n}</Table.Td>
          <Table.Td className="num">{r.audited}</Table.Td>
          <Table.Td className="num">{r.upheld}</Table.Td>
          <Table.Td className="num">{r.overturned}</Table.Td>
          <Table.Td className="num">{pct(r.rate)}</Table.Td>
        </Table.Tr>
      ))}
    </Table.Tbody>
  </Table>
);
