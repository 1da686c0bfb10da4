import type { Clock } from '#core/clock';
import type { DatabaseHandle } from '#store/database';
import type { AppConfig } from './config';

export type Logger = {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
};

/** What every use case runs with: the database, the time, a log, the settings and who is acting. */
export type ServiceContext = {
  db: DatabaseHandle;
  clock: Clock;
  log: Logger;
  config: AppConfig;
  userId: number;
};

export const systemClock: Clock = { now: () => new Date() };

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/**
 * One line per event on stderr; fields never carry secrets (callers pass only ids and counts).
 * `quiet` drops info lines, for commands whose output is meant for the user or a script.
 */
export function stderrLogger(options: { quiet?: boolean } = {}): Logger {
  const write = (level: string, message: string, fields?: Record<string, unknown>) => {
    if (options.quiet && level === 'info') return;
    const extra = fields ? ` ${JSON.stringify(fields)}` : '';
    process.stderr.write(`${new Date().toISOString()} ${level} ${message}${extra}\n`);
  };
  return {
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}
