/** Random secrets for sessions, CSRF and API tokens; only their sha256 is stored. */
import { createHash, randomBytes } from 'node:crypto';

export const newSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
