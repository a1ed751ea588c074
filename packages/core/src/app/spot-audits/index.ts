export * from './draw-spot-audit.ts';
export * from './get-spot-audit.ts';
export * from './list-spot-audits.ts';
export * from './record-audit-outcome.ts';
export * from './spot-audit-results.ts';
