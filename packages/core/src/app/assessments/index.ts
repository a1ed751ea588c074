export { assessmentRefParam } from './assessment-ref.ts';
export * from './assessments.ts';
export * from './set-plan-item-status.ts';
