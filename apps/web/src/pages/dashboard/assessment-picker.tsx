/**
 * The as-of date the dashboard shows — one of the program's assessments, latest by default — and
 * which earlier one it is compared with (the one before by default, or none); both are written to
 * the URL. Another date is an assessment to run: "Assess another date" opens the run page with
 * the shown assessment's brief.
 */
import { Anchor, Group, Select, Stack } from '@mantine/core';
import { formatDate } from '@trellis/contracts';
import { Link } from 'react-router';
import { useCan } from '../../api/org-path.ts';
import type { Assessment } from './dashboard-data.ts';
import { useDashboardParams } from './dashboard-params.ts';

const describe = (a: Assessment) => `${formatDate(a.asOf)} · #${a.number} · ${a.status}`;

export const AssessmentPicker = ({
  assessments,
  selected,
  compared,
}: {
  assessments: Assessment[];
  selected: Assessment;
  compared: Assessment | undefined;
}) => {
  const { update } = useDashboardParams();
  const can = useCan();
  const latest = assessments[0]!;
  const shown = assessments.map((a) => ({
    value: String(a.number),
    label: a.number === latest.number ? `${describe(a)} · latest` : describe(a),
  }));
  const others = assessments
    .filter((a) => a.number !== selected.number)
    .map((a) => ({ value: String(a.number), label: describe(a) }));
  return (
    <Group gap="sm" align="flex-start" wrap="wrap">
      <Stack gap={2}>
        <Select
          label="As of"
          data={shown}
          value={String(selected.number)}
          allowDeselect={false}
          w={300}
          // The latest is the default, so choosing it drops the param (the link then follows new assessments).
          onChange={(v) =>
            update({ assessment: v === String(latest.number) ? null : v, compare: null, page: null })
          }
        />
        {can('assessments:create') && (
          // A target of 24 px at least (WCAG 2.2, 2.5.8 Target Size).
          <Anchor
            component={Link}
            to={`/assessments/new?from=${selected.number}`}
            size="sm"
            style={{ display: 'inline-block', minHeight: 24, lineHeight: '24px' }}
          >
            Assess another date…
          </Anchor>
        )}
      </Stack>
      <Select
        label="Compare with"
        data={[{ value: 'none', label: 'No comparison' }, ...others]}
        value={compared ? String(compared.number) : 'none'}
        allowDeselect={false}
        disabled={others.length === 0}
        w={250}
        onChange={(v) => update({ compare: v })}
      />
    </Group>
  );
};
