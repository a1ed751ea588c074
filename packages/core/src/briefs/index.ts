export * from './brief-schema.ts';
export * from './load-brief.ts';
