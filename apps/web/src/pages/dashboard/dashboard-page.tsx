/**
 * The program dashboard: "How mature is our partner program?" — the overall score, band, change
 * and why above the fold, then the scorecard, the change per dimension, the plan, the portfolio,
 * each partner's performance and the enablement gaps. The assessment shown and the one compared
 * with live in the URL (`?assessment=3&compare=2`); without them, the latest against the one before.
 */
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useCan } from '../../api/org-path.ts';
import { Empty, QueryView } from '../../components/states.tsx';
import { AssessmentPicker } from './assessment-picker.tsx';
import { ComparisonPanel } from './comparison-panel.tsx';
import { type Assessment, useAssessments, useDashboard } from './dashboard-data.ts';
import { useDashboardParams } from './dashboard-params.ts';
import { DownloadMenu } from './download-menu.tsx';
import { EnablementPanel } from './enablement-panel.tsx';
import { HeadlinePanel } from './headline-panel.tsx';
import { PerformancePanel, usePerformancePage } from './performance-panel.tsx';
import { PlanPanel } from './plan-panel.tsx';
import { PortfolioPanel } from './portfolio-panel.tsx';
import { ScorecardPanel } from './scorecard-panel.tsx';

const PageTitle = () => <Title order={1}>How mature is our partner program?</Title>;

/** No assessment yet: how to get the first one (or whom to ask, for roles that may not run it). */
const NoAssessment = () => {
  const can = useCan();
  return (
    <Empty title="No assessment yet">
      Run an assessment: import data on the{' '}
      <Anchor component={Link} to="/imports">
        Imports page
      </Anchor>
      , then{' '}
      {can('assessments:create') ? (
        <Anchor component={Link} to="/assessments/new">
          run an assessment
        </Anchor>
      ) : (
        'ask a program manager to run an assessment'
      )}{' '}
      of the program against its brief.
    </Empty>
  );
};

export const DashboardPage = () => {
  const assessments = useAssessments();
  return (
    <QueryView query={assessments} loading="Loading assessments…">
      {(page) =>
        page.items.length > 0 ? (
          <DashboardView assessments={page.items} />
        ) : (
          <Stack gap="lg">
            <PageTitle />
            <NoAssessment />
          </Stack>
        )
      }
    </QueryView>
  );
};

/** The assessment `selected` is compared with: the API names it (the newest of an earlier as-of date). */
const previousOf = (list: Assessment[], selected: Assessment) =>
  list.find((a) => a.number === selected.previous);

const DashboardView = ({ assessments }: { assessments: Assessment[] }) => {
  const { assessment, compare } = useDashboardParams();
  const selected = assessment ? assessments.find((a) => a.number === assessment) : assessments[0];
  const compared = !selected
    ? undefined
    : compare === 'none'
      ? undefined
      : compare !== undefined
        ? assessments.find((a) => a.number === compare && a.number !== selected.number)
        : previousOf(assessments, selected);
  const report = useDashboard(selected?.number);
  const prior = useDashboard(compared?.number);
  usePerformancePage(selected?.number);

  if (!selected)
    return (
      <Stack gap="lg">
        <PageTitle />
        <Empty title={`There is no assessment #${assessment}`}>
          {`The program has been assessed ${assessments.length === 1 ? 'once' : `${assessments.length} times`}; the latest is #${assessments[0]!.number}.`}
        </Empty>
        <Group justify="center">
          <Button component={Link} to="/dashboard" variant="light">
            Show the latest assessment
          </Button>
        </Group>
      </Stack>
    );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md">
        <Stack gap={4}>
          <PageTitle />
          {report.data && (
            <Text c="dimmed" size="sm">
              {report.data.program}
            </Text>
          )}
        </Stack>
        <Group gap="sm" align="flex-start">
          <AssessmentPicker assessments={assessments} selected={selected} compared={compared} />
          <DownloadMenu number={selected.number} />
        </Group>
      </Group>
      <QueryView query={report} loading="Loading the assessment…">
        {(r) => (
          <Stack gap="lg">
            <HeadlinePanel report={r} assessment={selected} compared={compared} />
            <ScorecardPanel report={r} number={selected.number} />
            <ComparisonPanel
              report={r}
              selected={selected}
              compared={compared}
              prior={prior}
              only={assessments.length === 1}
            />
            <PlanPanel report={r} number={selected.number} final={selected.status === 'final'} />
            <PortfolioPanel report={r} />
            <PerformancePanel report={r} number={selected.number} />
            <EnablementPanel report={r} number={selected.number} />
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
};
