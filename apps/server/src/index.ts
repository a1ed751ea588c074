export { buildApp } from './app.ts';
export type { ServerContext } from './http/server-context.ts';
export { permissionTable, permits } from './permissions/permission-table.ts';
export { type RunningServer, type StartOptions, startServer } from './start-server.ts';
