/** The units the raters disagreed on most (the API orders them): each rating, now that the session is closed. */
import { Table } from '@mantine/core';
import type { CalibrationSessionResults } from '@trellis/contracts';

/** Enough to talk through in a calibration meeting. */
const SHOWN = 5;

export const DisagreementTable = ({
  units,
  who,
}: {
  units: CalibrationSessionResults['disagreement'];
  who: (rater: string) => string;
}) => (
  <Table className="trellis-table" verticalSpacing={4} fz="sm" aria-label="Units with the most disagreement">
    <Table.Thead>
      <Table.Tr>
        <Table.Th>Evaluation</Table.Th>
        <Table.Th>Competency</Table.Th>
        <Table.Th>Ratings</Table.Th>
        <Table.Th className="num">Range</Table.Th>
      </Table.Tr>
    </Table.Thead>
    <Table.Tbody>
      {units.slice(0, SHOWN).map((u) => (
        <Table.Tr key={u.unit}>
          <Table.Td>{u.unit}</Table.Td>
          <Table.Td>{u.competency}</Table.Td>
          <Table.Td>{u.ratings.map((r) => `${who(r.rater)}: ${r.value}`).join(' · ')}</Table.Td>
          <Table.Td className="num">{u.range ?? 'n/a'}</Table.Td>
        </Table.Tr>
      ))}
    </Table.Tbody>
  </Table>
);
