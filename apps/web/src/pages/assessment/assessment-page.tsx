/**
 * The assessment workspace (/assessments/:number, or `latest`): which criteria hold the program
 * back, and why. The summary answers at the top; below, every dimension with its criteria (signal,
 * suggested, assessor's and final score); a criterion opens in a drawer with the records behind it
 * and the assessor's override. The opened criterion lives in the URL (`?criterion=`).
 */
import { Anchor, Badge, Code, Group, Select, Stack, Text, Title } from '@mantine/core';
import { formatDate } from '@trellis/contracts';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.ts';
import { useCan } from '../../api/org-path.ts';
import { FreshnessLine } from '../../components/freshness-line.tsx';
import { Empty, ErrorState, Loading } from '../../components/states.tsx';
import { AssessmentSummary } from './assessment-summary.tsx';
import { CriterionDrawer } from './criterion-drawer.tsx';
import { DimensionGroup } from './dimension-group.tsx';
import { FinalizeButton } from './finalize-button.tsx';
import { useAssessment, useAssessmentList, useAssessmentReport } from './use-assessment.ts';

const QUESTION = 'Which criteria hold the program back, and why?';

/** The other assessments of the org, to switch between them (the number is the URL). */
const AssessmentPicker = ({ current }: { current: number }) => {
  const list = useAssessmentList();
  const navigate = useNavigate();
  const items = list.data?.items ?? [];
  if (items.length < 2) return null;
  return (
    <Select
      label="Assessment"
      w={260}
      allowDeselect={false}
      value={String(current)}
      data={items.map((a) => ({
        value: String(a.number),
        label: `#${a.number} · ${formatDate(a.asOf)} · ${a.status === 'final' ? 'Final' : 'Draft'}`,
      }))}
      onChange={(v) => v && navigate(`/assessments/${v}`)}
    />
  );
};

export const AssessmentPage = () => {
  const { number = 'latest' } = useParams();
  const [params, setParams] = useSearchParams();
  const can = useCan();
  const meta = useAssessment(number);
  const report = useAssessmentReport(number);
  const list = useAssessmentList();
  const criterion = params.get('criterion');

  const setCriterion = (id: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (id) next.set('criterion', id);
        else next.delete('criterion');
        return next;
      },
      { replace: false },
    );

  const heading = (
    <Title order={1} size="h2">
      {QUESTION}
    </Title>
  );
  if (meta.isPending || report.isPending)
    return (
      <Stack>
        {heading}
        <Loading label="Loading the assessment…" />
      </Stack>
    );
  const error = meta.error ?? report.error;
  if (error) {
    const none = error instanceof ApiError && error.status === 404 && number === 'latest';
    return (
      <Stack>
        {heading}
        {none ? (
          <Empty title="No assessment yet">
            Import your partner data on the{' '}
            <Anchor component={Link} to="/imports" size="sm">
              Imports
            </Anchor>{' '}
            page, then assess the program from a brief (or run{' '}
            <Code>trellis assess program --brief brief.yaml</Code>
            ); its criteria then appear here.
          </Empty>
        ) : (
          <ErrorState error={error} title="This assessment could not be loaded" />
        )}
      </Stack>
    );
  }
  const a = meta.data!;
  const r = report.data!;
  const final = a.status === 'final';
  const previous = list.data?.items.find((x) => x.number === a.previous);
  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Stack gap={6}>
            {heading}
            <Group gap="xs">
              <Badge
                color={final ? 'dark' : 'gray'}
                variant={final ? 'filled' : 'outline'}
                radius="sm"
                tt="none"
              >
                {final ? 'Final' : 'Draft'}
              </Badge>
              <Text size="sm" c="dimmed">
                Assessment #{a.number} of {r.program}, as of {formatDate(a.asOf)} · framework{' '}
                {a.framework.version}
                {final && a.finalizedAt ? ` · finalised ${formatDate(a.finalizedAt)}` : ''}
              </Text>
            </Group>
            <FreshnessLine
              asOf={r.asOf}
              coverage={r.dataCoverage}
              importedSince={a.importedSince}
              made="this assessment"
              action={
                can('assessments:create') ? (
                  <Anchor component={Link} to={`/assessments/new?from=${a.number}&asOf=${a.asOf}`} size="sm">
                    re-assess as of {formatDate(a.asOf)}
                  </Anchor>
                ) : undefined
              }
            />
          </Stack>
          <Group align="flex-end" gap="sm">
            <AssessmentPicker current={a.number} />
            {!final && can('assessments:finalize') && <FinalizeButton assessment={number} meta={a} />}
          </Group>
        </Group>
      </Stack>
      <AssessmentSummary report={r} previous={previous} onOpen={setCriterion} />
      {r.scorecard.map((d) => (
        <DimensionGroup key={d.id} dimension={d} onOpen={setCriterion} />
      ))}
      <CriterionDrawer
        assessment={number}
        report={r}
        criterion={criterion}
        editable={!final && can('assessments:score')}
        final={final}
        onClose={() => setCriterion(null)}
      />
    </Stack>
  );
};
