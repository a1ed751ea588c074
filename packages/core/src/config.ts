import { z } from 'zod';
import { AppError } from './errors.ts';

/** The only module that reads the environment. */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  TRELLIS_DATA_DIR: z.string().min(1).default('./.trellis'),
  TRELLIS_ORG: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and dashes')
    .default('default'),
});

export type Config = z.infer<typeof envSchema>;

export const loadConfig = (env: Record<string, string | undefined> = process.env): Config => {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new AppError(
      'INVALID_INPUT',
      'Invalid environment configuration',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), reason: i.message })),
    );
  }
  return parsed.data;
};
