/** Passwords are hashed with argon2id (memory-hard); the policy is length, not composition rules. */
import { hash, verify } from '@node-rs/argon2';
import { AppError } from '../../errors.ts';

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 256;

/** Algorithm 2 = argon2id; OWASP's minimum parameters (19 MiB, 2 passes). */
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const checkPasswordPolicy = (password: string, field = 'password'): void => {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH)
    throw new AppError('INVALID_INPUT', 'The password does not meet the policy', [
      { field, reason: `must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters long` },
    ]);
};

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

export const verifyPassword = async (stored: string, password: string): Promise<boolean> => {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
};

/** A hash to verify against when the account does not exist, so both paths take the same time. */
let dummy: Promise<string> | undefined;
export const dummyHash = (): Promise<string> => {
  dummy ??= hashPassword('not-a-real-password-just-for-timing');
  return dummy;
};
