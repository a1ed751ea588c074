export { mulberry32, type Random } from '../random/seeded.ts';
export * from './agreement-data.ts';
export * from './alpha-bootstrap.ts';
export * from './calibration-flags.ts';
export * from './calibration-result.ts';
export * from './krippendorff-alpha.ts';
export * from './rater-drift.ts';
export * from './rating.ts';
export * from './rating-problems.ts';
