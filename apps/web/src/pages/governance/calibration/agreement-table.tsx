/** Alpha per competency: the coefficient with its interval, the units and values it rests on. */
import { Table } from '@mantine/core';
import { alphaText, type CalibrationSessionResults } from '@trellis/contracts';

export const AgreementTable = ({ rows }: { rows: CalibrationSessionResults['competencies'] }) => (
  <Table className="trellis-table" verticalSpacing={4} fz="sm" aria-label="Agreement per competency">
    <Table.Thead>
      <Table.Tr>
        <Table.Th>Competency</Table.Th>
        <Table.Th>Agreement</Table.Th>
        <Table.Th className="num">Units</Table.Th>
        <Table.Th className="num">Pairable values</Table.Th>
      </Table.Tr>
    </Table.Thead>
    <Table.Tbody>
      {rows.map((r) => (
        <Table.Tr key={r.competency}>
          <Table.Td>{r.competency}</Table.Td>
          <Table.Td>{alphaText(r)}</Table.Td>
          <Table.Td className="num">{r.units}</Table.Td>
          <Table.Td className="num">{r.pairableValues}</Table.Td>
        </Table.Tr>
      ))}
    </Table.Tbody>
  </Table>
);
