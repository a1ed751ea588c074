export * from './delete-import-mapping.ts';
export * from './infer-import-mapping.ts';
export * from './list-import-mappings.ts';
export * from './list-import-presets.ts';
export * from './load-import-mapping.ts';
export * from './plan-import.ts';
export * from './run-import.ts';
export * from './save-import-mapping.ts';
