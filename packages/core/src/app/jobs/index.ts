export * from './job-kinds.ts';
export * from './jobs.ts';
export * from './run-job.ts';
