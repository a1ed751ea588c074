export * from './blob-store.ts';
export * from './brief-file.ts';
export * from './csv-file.ts';
export * from './example-directory.ts';
export * from './file-source.ts';
export * from './framework-file.ts';
export * from './print-pdf.ts';
export * from './ratings-file.ts';
