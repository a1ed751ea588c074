export { filterNames, MAX_PAGE, type RecordQuery } from '../../db/queries/records/record-query.ts';
export type { EntityRecord, RecordValue } from '../../db/queries/records/records.ts';
export * from './create-record.ts';
export * from './delete-record.ts';
export * from './get-data-coverage.ts';
export * from './get-record.ts';
export * from './list-records.ts';
export * from './update-record.ts';
