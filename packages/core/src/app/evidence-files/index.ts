export * from './content-types.ts';
export * from './delete-evidence-file.ts';
export * from './evidence-files.ts';
