export * from './list-remediation.ts';
export * from './update-remediation.ts';
