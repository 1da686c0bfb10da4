import path from 'node:path';
import envPaths from 'env-paths';
import { z } from 'zod';
import { parseInput } from '#core/validation';
import type { DatabaseLocation } from '#store/database';

export const DEFAULT_PORT = 4747;
export const DEFAULT_HOST = '127.0.0.1';

export type AppConfig = {
  /** Where the SQLite file, its backups and other local files live. */
  dataDir: string;
  database: DatabaseLocation;
  host: string;
  port: number;
};

/** Options a user can give on the command line; they win over the environment. */
export type ConfigOverrides = { data?: string; port?: number; host?: string };

const EnvSchema = z.object({
  WAYFINDER_DATA: z.string().min(1).optional(),
  WAYFINDER_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  WAYFINDER_HOST: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(
      /^postgres(ql)?:\/\//,
      'DATABASE_URL must be a postgres:// URL (unset it to use the embedded SQLite file)',
    )
    .optional(),
});

/** The platform's per-user data folder: ~/.local/share/wayfinder on Linux. */
export function defaultDataDir(): string {
  return envPaths('wayfinder', { suffix: '' }).data;
}

/** Settles the configuration from the environment and command-line options. */
export function resolveConfig(env: NodeJS.ProcessEnv, overrides: ConfigOverrides = {}): AppConfig {
  const parsed = parseInput(EnvSchema, pick(env), 'environment');
  const dataDir = path.resolve(overrides.data ?? parsed.WAYFINDER_DATA ?? defaultDataDir());
  const database: DatabaseLocation = parsed.DATABASE_URL
    ? { kind: 'postgres', url: parsed.DATABASE_URL }
    : { kind: 'sqlite', file: path.join(dataDir, 'wayfinder.db') };
  return {
    dataDir,
    database,
    host: overrides.host ?? parsed.WAYFINDER_HOST ?? DEFAULT_HOST,
    port: overrides.port ?? parsed.WAYFINDER_PORT ?? DEFAULT_PORT,
  };
}

function pick(env: NodeJS.ProcessEnv) {
  const value = (name: string) => (env[name] === '' ? undefined : env[name]);
  return {
    WAYFINDER_DATA: value('WAYFINDER_DATA'),
    WAYFINDER_PORT: value('WAYFINDER_PORT'),
    WAYFINDER_HOST: value('WAYFINDER_HOST'),
    DATABASE_URL: value('DATABASE_URL'),
  };
}
