/** The items of one audit, by stratum: who scored what at which level, and its decision (or the buttons). */
import { Table, Text } from '@mantine/core';
import type { SpotAudit } from '@trellis/contracts';
import { Decision, DecisionButtons } from './decision-buttons.tsx';

export const AuditQueue = ({ audit, canDecide }: { audit: SpotAudit; canDecide: boolean }) => (
  <Table.ScrollContainer minWidth={760}>
    <Table
      className="trellis-table"
      verticalSpacing={4}
      fz="sm"
      aria-label={`Items of spot audit #${audit.number}`}
    >
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Evaluation</Table.Th>
          <Table.Th>Partner · person</Table.Th>
          <Table.Th>Competency</Table.Th>
          <Table.Th className="num">Level</Table.Th>
          <Table.Th>Stratum (tier × assessor)</Table.Th>
          <Table.Th>Decision</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {audit.items.map((item) => (
          <Table.Tr key={item.evaluation} data-evaluation={item.evaluation}>
            <Table.Td>{item.evaluation}</Table.Td>
            <Table.Td>
              {item.partner}
              <Text span size="xs" c="dimmed">
                {' '}
                · {item.person}
              </Text>
            </Table.Td>
            <Table.Td>{item.competency}</Table.Td>
            <Table.Td className="num">{item.level}</Table.Td>
            <Table.Td>{item.stratum}</Table.Td>
            <Table.Td>
              {item.outcome !== null ? (
                <Decision item={item} />
              ) : canDecide ? (
                <DecisionButtons audit={audit.number} item={item} />
              ) : (
                <Text size="sm" c="dimmed">
                  not decided yet
                </Text>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  </Table.ScrollContainer>
);
