/**
 * A sortable column header for a list the server sorts: a button that sorts by its key (numbers
 * largest first, text A–Z), again to reverse; `aria-sort` and an arrow show the current sort. A
 * long label may wrap; the arrow stays beside it. The button's name is its label (WCAG 2.5.3).
 */
import { Group, Table, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

export const SortHeader = <S extends string>({
  label,
  sortKey,
  sort,
  onSort,
  numeric = false,
  minWidth,
}: {
  label: ReactNode;
  sortKey: string;
  /** The current sort param (`revenue`, `-revenue`, or empty for the server's default). */
  sort: S | '';
  onSort: (sort: S) => void;
  numeric?: boolean;
  minWidth?: number;
}) => {
  const active = sort.replace(/^-/, '') === sortKey;
  const descending = sort.startsWith('-');
  const next = (active ? (descending ? sortKey : `-${sortKey}`) : numeric ? `-${sortKey}` : sortKey) as S;
  return (
    <Table.Th
      className={numeric ? 'num' : undefined}
      miw={minWidth}
      aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}
    >
      <UnstyledButton onClick={() => onSort(next)} fz="sm" fw={700}>
        <Group gap={4} wrap="nowrap" justify={numeric ? 'flex-end' : 'flex-start'}>
          {label}
          <span aria-hidden="true" style={{ opacity: active ? 1 : 0.35 }}>
            {active ? (descending ? '↓' : '↑') : '↕'}
          </span>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
};
