export * from './competencies-by-role.ts';
export * from './competency-framework-schema.ts';
export * from './load-framework.ts';
export * from './program-framework-schema.ts';
export * from './program-maturity-schema.ts';
export * from './read-yaml.ts';
export * from './rubric-succession.ts';
export * from './tier-policy-schema.ts';
