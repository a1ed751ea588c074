export * from './enqueue-job.ts';
export * from './get-job.ts';
export * from './job.ts';
export * from './job-kinds.ts';
export * from './job-upload.ts';
export * from './list-jobs.ts';
export * from './run-job.ts';
