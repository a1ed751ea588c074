export * from './format/format.ts';
export * from './json-schemas.ts';
export * from './program-report-schema.ts';
export * from './readiness-report-schema.ts';
