export {
  type EntityRecord,
  filterNames,
  MAX_PAGE,
  type RecordQuery,
  type RecordValue,
} from '../../importers/record-shape.ts';
export * from './create-record.ts';
export * from './delete-record.ts';
export * from './get-data-coverage.ts';
export * from './get-record.ts';
export * from './list-records.ts';
export * from './update-record.ts';
