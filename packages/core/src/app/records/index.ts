export * from './get-data-coverage.ts';
export { filterNames, MAX_PAGE, type RecordQuery } from './record-query.ts';
export * from './records.ts';
