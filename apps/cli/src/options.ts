import { isIsoDate } from '@trellis/core';
import { InvalidArgumentError } from 'commander';

export const asOfOption = (value: string): string => {
  if (!isIsoDate(value)) throw new InvalidArgumentError(`'${value}' is not a date YYYY-MM-DD`);
  return value;
};
