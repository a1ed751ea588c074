/**
 * An audit entry's before and after, field by field: changed fields first and marked, unchanged
 * ones dimmed. Nested values are flattened to dotted paths (`overall.score`) so a change deep in a
 * record reads as one line.
 */
import { Badge, Code, Table, Text } from '@mantine/core';

type Flat = Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const flatten = (value: unknown, prefix = '', out: Flat = {}): Flat => {
  if (isObject(value) && Object.keys(value).length > 0) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else if (prefix) {
    out[prefix] = value;
  }
  return out;
};

const show = (v: unknown) => {
  if (v === undefined)
    return (
      <Text span c="dimmed">
        —
      </Text>
    );
  if (v === null)
    return (
      <Text span c="dimmed">
        empty
      </Text>
    );
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return <Code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{text}</Code>;
};

export interface DiffRow {
  field: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

export const diffRows = (before: unknown, after: unknown): DiffRow[] => {
  const b = flatten(before);
  const a = flatten(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const rows = fields.map((field) => ({
    field,
    before: b[field],
    after: a[field],
    changed: JSON.stringify(b[field]) !== JSON.stringify(a[field]),
  }));
  return [...rows.filter((r) => r.changed), ...rows.filter((r) => !r.changed)];
};

/** A creation (nothing before) or a removal (nothing after): one column of values, nothing to compare. */
const OneSide = ({ value, label }: { value: unknown; label: string }) => {
  const rows = Object.entries(flatten(value));
  return (
    <Table withTableBorder fz="sm" verticalSpacing={4} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="24%">Field</Table.Th>
          <Table.Th>{label}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(([field, v]) => (
          <Table.Tr key={field}>
            <Table.Td style={{ wordBreak: 'break-word' }}>{field}</Table.Td>
            <Table.Td>{show(v)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};

const empty = (v: unknown) => v === null || v === undefined || (isObject(v) && Object.keys(v).length === 0);

export const AuditDiff = ({ before, after }: { before: unknown; after: unknown }) => {
  const rows = diffRows(before, after);
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No fields recorded for this change.
      </Text>
    );
  if (empty(before)) return <OneSide value={after} label="Recorded (nothing before)" />;
  if (empty(after)) return <OneSide value={before} label="Before (nothing after)" />;
  return (
    <Table withTableBorder fz="sm" verticalSpacing={4} layout="fixed">
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="24%">Field</Table.Th>
          <Table.Th>Before</Table.Th>
          <Table.Th>After</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.field} c={r.changed ? undefined : 'dimmed'}>
            <Table.Td style={{ wordBreak: 'break-word' }}>
              {r.field}{' '}
              {r.changed && (
                <Badge size="xs" variant="light" color="trellis" tt="none" radius="sm">
                  changed
                </Badge>
              )}
            </Table.Td>
            <Table.Td>{show(r.before)}</Table.Td>
            <Table.Td>{show(r.after)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
};
