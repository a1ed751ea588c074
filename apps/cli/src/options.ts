import { AS_OF_YEARS, isAsOfDate } from '@trellis/core';
import { InvalidArgumentError } from 'commander';

export const asOfOption = (value: string): string => {
  if (!isAsOfDate(value))
    throw new InvalidArgumentError(
      `'${value}' is not a date YYYY-MM-DD from ${AS_OF_YEARS.from} to ${AS_OF_YEARS.to}`,
    );
  return value;
};
