/**
 * /governance/calibration — "Do our assessors agree?": the calibration sessions, each with its
 * raters' progress and a way into rating (for its raters) and its results (once closed). Rules:
 * docs/governance.md, "Calibration sessions".
 */
import { Stack, Text, Title } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useCan } from '../../../api/org-path.ts';
import { Empty, QueryView } from '../../../components/states.tsx';
import { TitledPanel } from '../../../components/titled-panel.tsx';
import { NewSessionForm } from './new-session-form.tsx';
import { SessionList } from './session-list.tsx';
import { useCalibrationSessions } from './use-calibration.ts';

export const CalibrationPage = () => {
  const can = useCan();
  const navigate = useNavigate();
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        Calibration
      </Title>
      <Text size="sm" c="dimmed" maw={720}>
        Several assessors rate the same evaluations’ evidence blind; once a session is closed, Krippendorff’s
        alpha tells how far they agree, per competency and overall, and each rater’s drift from the others.
      </Text>
      <TitledPanel id="sessions" title="Sessions">
        <QueryView query={useCalibrationSessions()}>
          {({ items }) =>
            items.length === 0 ? (
              <Empty title="No calibration session yet">
                A program manager opens one: a set of evaluations and the assessors who rate them.
              </Empty>
            ) : (
              <SessionList sessions={items} />
            )
          }
        </QueryView>
      </TitledPanel>
      {can('calibration:run') && (
        <TitledPanel id="new-session" title="New session">
          <NewSessionForm onOpened={(n) => navigate(`/governance/calibration/${n}`)} />
        </TitledPanel>
      )}
    </Stack>
  );
};
