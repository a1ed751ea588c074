export type { CellValue } from './cell-parsers.ts';
export { type CsvSource, csvText } from './csv-source.ts';
export type { ColumnDefinition, EntityDefinition } from './entity-definition.ts';
export { storedColumns } from './entity-definition.ts';
export { entityDefinitions } from './entity-definitions.ts';
export { type EntityName, entityNames } from './entity-name.ts';
export { type ImportOptions, type ImportResult, importCsv } from './import-csv.ts';
export * from './mapping/index.ts';
export type { ImportProgress } from './stage-file.ts';
