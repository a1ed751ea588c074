export * from './content-types.ts';
export * from './delete-evidence-file.ts';
export type { EvidenceFile } from './evidence-file-rows.ts';
export * from './get-evidence-file.ts';
export * from './list-evidence-files.ts';
export * from './upload-evidence-file.ts';
