export * from './list-audit.ts';
