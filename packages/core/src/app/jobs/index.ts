export * from './job-kinds.ts';
export * from './job-upload.ts';
export * from './jobs.ts';
export * from './run-job.ts';
