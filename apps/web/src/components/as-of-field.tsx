/**
 * The one date input of the app: a calendar date (the browser's date picker), with what an empty
 * field means said in words under it — "Empty: as of today, 5 Dec 2026", "Empty: the brief's date,
 * 30 Sep 2026" — never a silent default.
 */
import { TextInput } from '@mantine/core';
import { formatDate } from '@trellis/contracts';
import { todayIso } from './dates.ts';

/** "as of today, 5 Dec 2026". */
export const todayInWords = () => `today, ${formatDate(todayIso())}`;

export const AsOfField = ({
  label,
  value,
  onChange,
  emptyMeans,
  error,
  w = 220,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** What an empty field stands for, in words: "today, 5 Dec 2026", "the brief's date, 30 Sep 2026". */
  emptyMeans?: string;
  error?: string;
  w?: number;
}) => (
  <TextInput
    type="date"
    label={label}
    w={w}
    value={value}
    onChange={(e) => onChange(e.currentTarget.value)}
    description={value ? `As of ${formatDate(value)}` : emptyMeans ? `Empty: ${emptyMeans}` : undefined}
    error={error}
  />
);
