export * from './api/accounts.ts';
export * from './api/common.ts';
export * from './api/work.ts';
export * from './charts/chart-options.ts';
export * from './format/format.ts';
export * from './json-schemas.ts';
export * from './program-report-schema.ts';
export * from './readiness-report-schema.ts';
