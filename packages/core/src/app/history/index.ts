export * from './compare-outcomes.ts';
export * from './compare-remediation-impact.ts';
export * from './partner-attributes.ts';
export * from './program-history.ts';
