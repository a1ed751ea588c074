export { filterNames, MAX_PAGE, type RecordQuery } from '../../db/queries/records/record-query.ts';
export * from './records.ts';
