/**
 * One criterion opened (`?criterion=<id>` in the URL, so it can be linked and survives reload):
 * its scores, the evidence behind its signal, and — for a draft and a role that may score — the
 * assessor's override. A final assessment, or a role without `assessments:score`, reads only.
 */
import { Badge, Divider, Drawer, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ProgramReport } from '@trellis/contracts';
import type { ReactNode } from 'react';
import { CriterionEvidence } from './criterion-evidence.tsx';
import { ClaimedVsObserved, FinalScore, ScoreText, sourceText } from './criterion-parts.tsx';
import { OverrideForm } from './override-form.tsx';
import type { Criterion } from './use-assessment.ts';

const findCriterion = (report: ProgramReport, id: string | null) => {
  for (const d of report.scorecard) {
    const c = d.criteria.find((x) => x.id === id);
    if (c) return { c, dimension: d.dimension };
  }
  return undefined;
};

const Figure = ({ label, children }: { label: string; children: ReactNode }) => (
  <Stack gap={2}>
    <Text size="xs" c="dimmed">
      {label}
    </Text>
    <div>{children}</div>
  </Stack>
);

const ReadOnlyScore = ({ c, final }: { c: Criterion; final: boolean }) => (
  <Stack gap={4}>
    <Text size="sm" fw={600}>
      Assessor's score
    </Text>
    {c.manual ? (
      <Text size="sm">
        {c.manual.score}: {c.manual.reason}
      </Text>
    ) : (
      <Text size="sm" c="dimmed">
        None: the final score is the data's suggestion.
      </Text>
    )}
    <Text size="xs" c="dimmed">
      {final
        ? 'This assessment is final: its scores can no longer change.'
        : 'Your role may read this assessment but not score it.'}
    </Text>
  </Stack>
);

export const CriterionDrawer = ({
  assessment,
  report,
  criterion,
  editable,
  final,
  onClose,
}: {
  assessment: string;
  report: ProgramReport;
  criterion: string | null;
  /** Draft and the role has `assessments:score`. */
  editable: boolean;
  final: boolean;
  onClose: () => void;
}) => {
  const found = findCriterion(report, criterion);
  return (
    <Drawer
      opened={criterion !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={found ? found.c.text : 'Criterion'}
      closeButtonProps={{ 'aria-label': 'Close criterion' }}
      styles={{ title: { fontWeight: 650, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {!found ? (
        <Text size="sm">No criterion “{criterion}” in this assessment.</Text>
      ) : (
        <Stack gap="md">
          <Group gap="xs">
            <Badge variant="outline" color="gray" tt="none" radius="sm">
              {found.dimension}
            </Badge>
            <Text size="xs" c="dimmed">
              {found.c.id}
            </Text>
            <ClaimedVsObserved c={found.c} />
          </Group>
          <SimpleGrid cols={3}>
            <Figure label="Suggested by the data">
              <ScoreText score={found.c.suggested} />
            </Figure>
            <Figure label="Assessor's score">
              <ScoreText score={found.c.manual?.score} />
            </Figure>
            <Figure label={`Final (${sourceText(found.c)})`}>
              <FinalScore c={found.c} />
            </Figure>
          </SimpleGrid>
          <Divider />
          <CriterionEvidence assessment={assessment} criterion={found.c} />
          <Divider />
          {editable ? (
            // Keyed so that the form starts from the stored score whenever the criterion changes.
            <OverrideForm key={found.c.id} assessment={assessment} criterion={found.c} />
          ) : (
            <ReadOnlyScore c={found.c} final={final} />
          )}
        </Stack>
      )}
    </Drawer>
  );
};
