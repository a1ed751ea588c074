export type { CompiledMapping, MappingContext } from './compile-mapping.ts';
export { type InferredMapping, inferMapping } from './infer-mapping.ts';
export { type ColumnRule, type Mapping, mappingSchema } from './mapping-schema.ts';
export { loadPreset, MAPPINGS_DIR, parseMapping, presetNames } from './presets.ts';
export { sampleRecords } from './sample-records.ts';
export { type DateOrder, dateOrderOf } from './value-formats.ts';
