export * from './document-formats.ts';
export * from './document-names.ts';
export * from './partner-document.ts';
export * from './program-document.ts';
export * from './readiness-document.ts';
export * from './render-document-file.ts';
