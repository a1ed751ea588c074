export { filterNames, MAX_PAGE, type RecordQuery } from '../../db/queries/records/record-query.ts';
export * from './get-data-coverage.ts';
export * from './records.ts';
