/**
 * Each rater's drift: the mean signed deviation from the others' consensus, in levels (positive:
 * more lenient than the others). A bar shows its size against the ±half-level line that flags a rater.
 */
import { Table } from '@mantine/core';
import { type CalibrationResult, driftText } from '@trellis/contracts';

/** The bar's scale: a drift of one level fills half the cell's width either side of zero. */
const LEVEL_WIDTH = 50;

const DriftBar = ({ drift, limit }: { drift: number; limit: number }) => {
  const width = Math.min(Math.abs(drift), 1) * LEVEL_WIDTH;
  return (
    <svg width={2 * LEVEL_WIDTH} height={12} aria-hidden="true" style={{ verticalAlign: 'middle' }}>
      <line
        x1={LEVEL_WIDTH - limit * LEVEL_WIDTH}
        x2={LEVEL_WIDTH - limit * LEVEL_WIDTH}
        y1={0}
        y2={12}
        stroke="#adb5bd"
        strokeDasharray="2 2"
      />
      <line
        x1={LEVEL_WIDTH + limit * LEVEL_WIDTH}
        x2={LEVEL_WIDTH + limit * LEVEL_WIDTH}
        y1={0}
        y2={12}
        stroke="#adb5bd"
        strokeDasharray="2 2"
      />
      <rect
        x={drift < 0 ? LEVEL_WIDTH - width : LEVEL_WIDTH}
        y={2}
        width={width}
        height={8}
        fill={Math.abs(drift) > limit ? '#c92a2a' : '#1c7ed6'}
      />
      <line x1={LEVEL_WIDTH} x2={LEVEL_WIDTH} y1={0} y2={12} stroke="#495057" />
    </svg>
  );
};

export const DriftTable = ({
  raters,
  limit,
  who,
}: {
  raters: CalibrationResult['raters'];
  limit: number;
  who: (rater: string) => string;
}) => (
  <Table className="trellis-table" verticalSpacing={4} fz="sm" aria-label="Rater drift" maw={640}>
    <Table.Thead>
      <Table.Tr>
        <Table.Th>Rater</Table.Th>
        <Table.Th className="num">Rated</Table.Th>
        <Table.Th className="num">Drift (levels)</Table.Th>
        <Table.Th>−1 · 0 · +1</Table.Th>
      </Table.Tr>
    </Table.Thead>
    <Table.Tbody>
      {raters.map((r) => (
        <Table.Tr key={r.rater}>
          <Table.Td>{who(r.rater)}</Table.Td>
          <Table.Td className="num">{r.rated}</Table.Td>
          <Table.Td className="num">{driftText(r.drift)}</Table.Td>
          <Table.Td>{r.drift !== null && <DriftBar drift={r.drift} limit={limit} />}</Table.Td>
        </Table.Tr>
      ))}
    </Table.Tbody>
  </Table>
);
