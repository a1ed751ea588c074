/**
 * A seed for a draw the client did not seed (a spot audit, a calibration bootstrap): picked at the
 * door, where randomness belongs, and stored with what it drew, so the draw can be made again.
 */
import { randomInt } from 'node:crypto';
import { MAX_SEED } from '@trellis/contracts';

/** randomInt's upper bound is exclusive: every unsigned 32-bit integer can come up. */
export const randomSeed = (): number => randomInt(0, MAX_SEED + 1);
