export * from './edition.ts';
export * from './health-reasons.ts';
export * from './internal-fields.ts';
export * from './partner-view.ts';
