import { InvalidArgumentError } from 'commander';
import { isIsoDate } from '../domain/dates.ts';

export const asOfOption = (value: string): string => {
  if (!isIsoDate(value)) throw new InvalidArgumentError(`'${value}' is not a date YYYY-MM-DD`);
  return value;
};
