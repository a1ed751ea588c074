/** For tests of refused input: the AppError a parse throws, or a failure saying it was accepted. */
import { AppError } from '../../src/errors.ts';

export const rejectionOf = (parse: () => unknown): AppError => {
  try {
    parse();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected the input to be rejected');
};
