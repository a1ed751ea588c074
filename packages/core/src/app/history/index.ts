export * from './history.ts';
export * from './partner-attributes.ts';
