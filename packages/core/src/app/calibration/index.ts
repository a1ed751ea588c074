export * from './calibration-session-results.ts';
export * from './close-calibration-session.ts';
export * from './create-calibration-session.ts';
export * from './get-calibration-session.ts';
export * from './list-calibration-sessions.ts';
export * from './list-units-to-rate.ts';
export * from './submit-calibration-rating.ts';
