export * from './assess-program.ts';
export * from './import-sources.ts';
export * from './list-remediation.ts';
export * from './load-example-program.ts';
export * from './score-partners.ts';
export * from './simulate-tier-policy.ts';
export * from './update-remediation.ts';
