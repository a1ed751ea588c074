import { fileURLToPath } from 'node:url';

/** drizzle-kit generated migrations, applied at start-up on both engines. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));
