export * from './load-framework.ts';
export * from './program-framework-schema.ts';
export * from './read-yaml.ts';
