export type { CellValue } from './cell-parsers.ts';
export type { ColumnDefinition, EntityDefinition } from './entity-definition.ts';
export { entityDefinitions } from './entity-definitions.ts';
export { type EntityName, entityNames } from './entity-name.ts';
export { type ImportOptions, type ImportResult, importFile } from './import-file.ts';
