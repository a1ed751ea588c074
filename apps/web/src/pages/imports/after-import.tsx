/**
 * After an import that changed records: the latest assessment and readiness scoring do not know
 * them yet, so the page says so and offers to bring them up to date — re-score and re-assess as of
 * the latest assessment's date, or as of today — through the run page (which scores, then assesses).
 */
import { Alert, Anchor, Group, Text } from '@mantine/core';
import { formatDate } from '@trellis/contracts';
import { Link } from 'react-router';
import { useAssessmentList } from '../../api/assessment-list.ts';
import { useCan } from '../../api/org-path.ts';
import { todayInWords } from '../../components/as-of-field.tsx';

export const AfterImport = ({ changed }: { changed: number }) => {
  const can = useCan();
  // The list (newest as-of first) answers 200 even before the first assessment.
  const list = useAssessmentList();
  if (changed === 0 || !can('assessments:create') || list.isPending) return null;
  const a = list.data?.items[0];
  return (
    <Alert color="yellow" variant="light">
      <Text size="sm" fw={600}>
        {a ? 'The reports do not know these records yet' : 'Next: the first assessment'}
      </Text>
      <Text size="sm">
        {a
          ? `The latest assessment (#${a.number}, as of ${formatDate(a.asOf)}) and readiness scoring were made before this import: re-score partner readiness and re-assess the program to include them.`
          : 'No assessment has been made yet: run one once the data is in.'}
      </Text>
      <Group gap="lg" mt={6}>
        {a && (
          <Anchor component={Link} to={`/assessments/new?from=${a.number}&asOf=${a.asOf}`} size="sm">
            Re-score and re-assess as of {formatDate(a.asOf)}
          </Anchor>
        )}
        <Anchor component={Link} to={a ? `/assessments/new?from=${a.number}` : '/assessments/new'} size="sm">
          {a ? `Assess as of ${todayInWords()}` : 'Run the first assessment'}
        </Anchor>
      </Group>
    </Alert>
  );
};
