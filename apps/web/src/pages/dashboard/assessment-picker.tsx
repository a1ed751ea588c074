/**
 * Which assessment the dashboard shows (latest by default) and which earlier one it is compared
 * with (the one before by default, or none). Both are written to the URL.
 */
import { Group, Select } from '@mantine/core';
import { formatDate } from '@trellis/contracts';
import type { Assessment } from './dashboard-data.ts';
import { useDashboardParams } from './dashboard-params.ts';

const describe = (a: Assessment) => `#${a.number} · ${formatDate(a.asOf)} · ${a.status}`;

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
  const latest = assessments[0]!;
  const shown = assessments.map((a) => ({
    value: String(a.number),
    label: a.number === latest.number ? `${describe(a)} · latest` : describe(a),
  }));
  const others = assessments
    .filter((a) => a.number !== selected.number)
    .map((a) => ({ value: String(a.number), label: describe(a) }));
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label="Assessment"
        data={shown}
        value={String(selected.number)}
        allowDeselect={false}
        w={300}
        // The latest is the default, so choosing it drops the param (the link then follows new assessments).
        onChange={(v) =>
          update({ assessment: v === String(latest.number) ? null : v, compare: null, page: null })
        }
      />
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
