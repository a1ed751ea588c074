/**
 * After an import that changed records: the latest assessment and readiness scoring do not know
 * them yet, so the page says so and offers to bring them up to date — re-score and re-assess as of
 * the latest assessment's date, or as of today — through the run page (which scores, then assesses).
 */
import { Alert, Anchor, Group, Text } from '@mantine/core';
import { formatDate } from '@trellis/contracts';
import { Link } from 'react-router';
import { useCan } from '../../api/org-path.ts';
import { todayInWords } from '../../components/as-of-field.tsx';
import { useAssessment } from '../assessment/use-assessment.ts';

export const AfterImport = ({ changed }: { changed: number }) => {
  const can = useCan();
  const latest = useAssessment('latest');
  if (changed === 0 || !can('assessments:create')) return null;
  const a = latest.data;
  return (
    <Alert color="yellow" variant="light" title="The reports do not know these records yet">
      <Text size="sm">
        {a
          ? `The latest assessment (#${a.number}, as of ${formatDate(a.asOf)}) and readiness scoring were made before this import.`
          : 'No assessment has been made yet.'}{' '}
        Re-score partner readiness and re-assess the program to include them.
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
