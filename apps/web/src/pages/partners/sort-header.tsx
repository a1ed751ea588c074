/**
 * A column header that sorts the server's list: the button says the column, `aria-sort` and the
 * arrow say the order. Numbers sort largest first on the first press, names A–Z.
 */
import { Table, UnstyledButton } from '@mantine/core';

export const SortHeader = ({
  label,
  sortKey,
  sort,
  onSort,
  numeric = false,
}: {
  label: string;
  sortKey: string;
  /** The current sort param (`revenue`, `-revenue`, or empty for the server's default). */
  sort: string;
  onSort: (sort: string) => void;
  numeric?: boolean;
}) => {
  const active = sort.replace(/^-/, '') === sortKey;
  const desc = sort.startsWith('-');
  const next = active ? (desc ? sortKey : `-${sortKey}`) : numeric ? `-${sortKey}` : sortKey;
  return (
    <Table.Th
      className={numeric ? 'num' : undefined}
      aria-sort={active ? (desc ? 'descending' : 'ascending') : 'none'}
    >
      <UnstyledButton
        onClick={() => onSort(next)}
        fw={700}
        fz="sm"
        style={{ whiteSpace: 'nowrap' }}
        title={`Sort by ${label.toLowerCase()}`}
      >
        {label}{' '}
        <span aria-hidden="true" style={{ opacity: active ? 1 : 0.35 }}>
          {active ? (desc ? '↓' : '↑') : '↕'}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
};
