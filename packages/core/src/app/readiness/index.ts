export * from './page-tiers.ts';
export * from './partner-readiness.ts';
export * from './readiness-summary.ts';
export * from './score-partners.ts';
export * from './simulate-tier-policy.ts';
