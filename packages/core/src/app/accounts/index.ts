export * from './api-tokens.ts';
export * from './caller.ts';
export * from './first-run-setup.ts';
export * from './members.ts';
export { MIN_PASSWORD_LENGTH } from './passwords.ts';
export * from './roles.ts';
export * from './sessions.ts';
export * from './sign-in.ts';
