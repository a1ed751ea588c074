export * from './page-tiers.ts';
export * from './partner-readiness.ts';
export * from './readiness-summary.ts';
