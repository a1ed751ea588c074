export * from './get-org-settings.ts';
export { orgSettingsOf } from './org-settings-of.ts';
export * from './update-org-settings.ts';
