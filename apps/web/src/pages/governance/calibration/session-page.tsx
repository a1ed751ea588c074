/**
 * /governance/calibration/:session — one session: its raters' progress (counts only while open),
 * "Close session" for program managers (with a confirmation: a closed session takes no more
 * ratings), and, once closed, the results. Before the close nobody sees a rating, managers included.
 */
import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { type CalibrationSessionDetail, formatDate } from '@trellis/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useCan } from '../../../api/org-path.ts';
import { useSession } from '../../../api/session.tsx';
import { ConfirmModal } from '../../../components/confirm-modal.tsx';
import { QueryView } from '../../../components/states.tsx';
import { TitledPanel } from '../../../components/titled-panel.tsx';
import { ResultsPanel } from './results-panel.tsx';
import { StatusBadge } from './session-list.tsx';
import { useCalibrationResults, useCalibrationSession, useCloseSession } from './use-calibration.ts';

const CloseButton = ({ session }: { session: CalibrationSessionDetail }) => {
  const close = useCloseSession(session.number);
  const [asking, setAsking] = useState(false);
  const missing = session.raters.reduce((n, r) => n + session.units - r.rated, 0);
  return (
    <>
      <Button color="red.8" onClick={() => setAsking(true)}>
        Close session
      </Button>
      <ConfirmModal
        opened={asking}
        title={`Close session #${session.number}?`}
        confirm="Close session"
        onConfirm={() => close.mutate(undefined, { onSuccess: () => setAsking(false) })}
        onClose={() => setAsking(false)}
        pending={close.isPending}
        error={close.error}
      >
        No one can rate after the close, and everyone who reads results sees every rating.
        {missing > 0 && ` ${missing} ratings are still missing; alpha allows for them.`}
      </ConfirmModal>
    </>
  );
};

const Raters = ({ session }: { session: CalibrationSessionDetail }) => (
  <Table className="trellis-table" verticalSpacing={4} fz="sm" aria-label="Raters’ progress" maw={520}>
    <Table.Thead>
      <Table.Tr>
        <Table.Th>Rater</Table.Th>
        <Table.Th className="num">Rated</Table.Th>
      </Table.Tr>
    </Table.Thead>
    <Table.Tbody>
      {session.raters.map((r) => (
        <Table.Tr key={r.userId}>
          <Table.Td>{r.name ?? r.email ?? r.userId}</Table.Td>
          <Table.Td className="num">
            {r.rated} of {session.units}
          </Table.Td>
        </Table.Tr>
      ))}
    </Table.Tbody>
  </Table>
);

const Results = ({ number, closed }: { number: number; closed: boolean }) => {
  const results = useCalibrationResults(number, closed);
  return (
    <TitledPanel id="results" title="Results">
      {closed ? (
        <QueryView query={results}>{(r) => <ResultsPanel results={r} />}</QueryView>
      ) : (
        <Text size="sm" c="dimmed">
          Results appear when the session is closed.
        </Text>
      )}
    </TitledPanel>
  );
};

export const SessionPage = () => {
  const number = Number(useParams().session);
  const can = useCan();
  const me = useSession().user.id;
  return (
    <QueryView query={useCalibrationSession(number)}>
      {(s) => {
        const mine = s.raters.find((r) => r.userId === me);
        return (
          <Stack gap="lg">
            <Anchor component={Link} to="/governance/calibration" size="sm">
              ← Calibration sessions
            </Anchor>
            <Group justify="space-between" align="end">
              <Stack gap={2}>
                <Title order={1} size="h2">
                  Calibration #{s.number}: {s.name}
                </Title>
                <Group gap="xs">
                  <StatusBadge status={s.status} />
                  <Text size="sm" c="dimmed">
                    {s.units} units · {s.raters.length} raters · {s.level} · opened by {s.createdBy}{' '}
                    {formatDate(s.createdAt)}
                    {s.closedAt && ` · closed by ${s.closedBy} ${formatDate(s.closedAt)}`}
                  </Text>
                </Group>
              </Stack>
              <Group>
                {mine && s.status === 'open' && mine.rated < s.units && (
                  <Button component={Link} to={`/governance/calibration/${s.number}/rate`} variant="default">
                    Rate units ({mine.rated} of {s.units} rated)
                  </Button>
                )}
                {s.status === 'open' && can('calibration:run') && <CloseButton session={s} />}
              </Group>
            </Group>
            <TitledPanel id="raters" title="Raters">
              <Raters session={s} />
            </TitledPanel>
            <Results number={s.number} closed={s.status === 'closed'} />
          </Stack>
        );
      }}
    </QueryView>
  );
};
