export * from './draw-spot-audit.ts';
export * from './record-audit-outcome.ts';
export * from './spot-audit-results.ts';
