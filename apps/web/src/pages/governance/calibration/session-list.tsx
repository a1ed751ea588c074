/**
 * The calibration sessions: number, name, status, units, raters, and the signed-in member's own
 * progress (counted by the list itself, never the ratings).
 */
import { Anchor, Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import type { CalibrationSessionSummary } from '@trellis/contracts';
import { Link } from 'react-router';

export const StatusBadge = ({ status }: { status: 'open' | 'closed' }) => (
  <Badge color={status === 'open' ? 'blue' : 'gray'} variant="dot" c="dark.7" tt="none">
    {status === 'open' ? 'Open' : 'Closed'}
  </Badge>
);

const MyProgress = ({ session }: { session: CalibrationSessionSummary }) => {
  if (session.myRated === null)
    return (
      <Text size="sm" c="dimmed" span>
        not a rater
      </Text>
    );
  const done = session.myRated === session.units;
  return (
    <>
      {session.myRated} of {session.units} rated
      {!done && session.status === 'open' && (
        <>
          {' · '}
          <Anchor component={Link} to={`/governance/calibration/${session.number}/rate`} size="sm">
            Rate<VisuallyHidden> session #{session.number}</VisuallyHidden>
          </Anchor>
        </>
      )}
    </>
  );
};

export const SessionList = ({ sessions }: { sessions: CalibrationSessionSummary[] }) => (
  <Table.ScrollContainer minWidth={640}>
    <Table className="trellis-table" verticalSpacing={4} fz="sm" aria-label="Calibration sessions">
      <Table.Thead>
        <Table.Tr>
          <Table.Th className="num">#</Table.Th>
          <Table.Th>Name</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th className="num">Units</Table.Th>
          <Table.Th className="num">Raters</Table.Th>
          <Table.Th className="num">Ratings</Table.Th>
          <Table.Th>Your progress</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sessions.map((s) => (
          <Table.Tr key={s.number} data-session={s.number}>
            <Table.Td className="num">{s.number}</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/governance/calibration/${s.number}`} size="sm">
                {s.name}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <StatusBadge status={s.status} />
            </Table.Td>
            <Table.Td className="num">{s.units}</Table.Td>
            <Table.Td className="num">{s.raters}</Table.Td>
            <Table.Td className="num">
              {s.ratings} of {s.units * s.raters}
            </Table.Td>
            <Table.Td>
              <MyProgress session={s} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  </Table.ScrollContainer>
);
