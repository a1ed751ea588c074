import { z } from 'zod';
import { AppError } from './errors.ts';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const megabytes = z.coerce.number().positive().max(2048);

/** The demo users' password when TRELLIS_DEMO_PASSWORD is not set. */
export const DEFAULT_DEMO_PASSWORD = 'trellis-demo';

/** Printing PDFs: read where a document is printed, by the CLI and the server alike. */
const printSchema = z.object({
  /** The Chromium that prints PDFs; never downloaded. */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
  /** PDFs printed at once per process (one Chromium each); more wait their turn. */
  TRELLIS_PDF_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(2),
});

export type PrintSettings = z.infer<typeof printSchema>;

/** The only module that reads the environment (README "Configuration" lists every variable). */
const envSchema = printSchema.extend({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  TRELLIS_DATA_DIR: z.string().min(1).default('./.trellis'),
  TRELLIS_ORG: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'lowercase letters, digits and dashes')
    .default('default'),
  /** Server: where to listen (the CLI's --port/--host win). */
  TRELLIS_HOST: z.string().min(1).default('127.0.0.1'),
  TRELLIS_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Password of the demo org's two users (`trellis serve --demo`). */
  TRELLIS_DEMO_PASSWORD: z.string().min(10, 'at least 10 characters').default(DEFAULT_DEMO_PASSWORD),
  /** Browser origins allowed to call the API cross-origin (comma-separated); none by default. */
  TRELLIS_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url())),
  /** Mark session cookies Secure even when the request did not arrive over HTTPS (behind a proxy). */
  TRELLIS_SECURE_COOKIES: flag.default(false),
  /** Trust X-Forwarded-* from a reverse proxy (client address for throttling, HTTPS detection). */
  TRELLIS_TRUST_PROXY: flag.default(false),
  TRELLIS_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Largest CSV import upload, in MB. */
  TRELLIS_MAX_IMPORT_MB: megabytes.default(100),
  /** Largest evidence file, in MB. */
  TRELLIS_MAX_EVIDENCE_MB: megabytes.default(25),
  /** How often an idle jobs worker looks for queued jobs, in ms (it is also woken by its own instance's enqueues). */
  TRELLIS_JOBS_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  /** Uploads (imports, inferences, evidence) read at once per server instance; more wait their turn. */
  TRELLIS_UPLOAD_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  /** PostgreSQL connections per server instance. */
  TRELLIS_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(5),
});

export type Config = z.infer<typeof envSchema>;

type Env = Record<string, string | undefined>;

/** The variables `schema` reads from `env`; an invalid one is an error naming it. */
const parseEnv = <S extends z.ZodType>(schema: S, env: Env): z.infer<S> => {
  const parsed = schema.safeParse(env);
  if (!parsed.success)
    throw new AppError(
      'INVALID_INPUT',
      'Invalid environment configuration',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), reason: i.message })),
    );
  return parsed.data;
};

export const loadConfig = (env: Env = process.env): Config => parseEnv(envSchema, env);

/** The print settings alone (documents are printed by commands that need no other configuration). */
export const loadPrintSettings = (env: Env = process.env): PrintSettings => parseEnv(printSchema, env);
