export * from './content-types.ts';
export * from './evidence-files.ts';
