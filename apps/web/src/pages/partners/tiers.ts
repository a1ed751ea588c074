/** Tier ids as names: the readiness API speaks ids (`gold`), people read names (Gold). */
export { tierName } from '@trellis/contracts';
