import { fileURLToPath } from 'node:url';

/**
 * drizzle-kit generated migrations (packages/core/migrations), applied at start-up on both engines.
 * src/ and dist/ sit at the same depth, so the path holds for both.
 */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../migrations', import.meta.url));
