export { type PerformanceQuery, performanceSortKeys } from '../../db/queries/assessments.ts';
export * from './assessments.ts';
export * from './set-plan-item-status.ts';
