import type { Command } from 'commander';
import { InvalidArgumentError, Option } from 'commander';
import type { ConfigOverrides } from '#services/config';
import type { ServiceContext } from '#services/context';
import type { RunningServer } from '#server/serve';

/** Everything the CLI touches outside itself, injected so tests run it in-process. */
export type CliDeps = {
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  openContext: (overrides: ConfigOverrides) => Promise<ServiceContext>;
  startServer: (ctx: ServiceContext) => Promise<RunningServer>;
  openBrowser: (url: string) => Promise<void>;
  /** Resolves when the user asks a long-running command (serve) to stop. */
  waitForStop: () => Promise<void>;
  /** A person at a terminal can answer questions and see progress bars. */
  interactive: boolean;
  ask: (question: string) => Promise<string>;
  /** All of standard input as text, for commands that read a file or `-`. */
  readStdin: () => Promise<string>;
};

/** Thrown by a command that has printed its result and still must exit non-zero (lint with errors). */
export class CommandExit extends Error {
  readonly exitCode: number;
  constructor(exitCode: number) {
    super(`exit ${exitCode}`);
    this.name = 'CommandExit';
    this.exitCode = exitCode;
  }
}

/** Adds the options that pick the database, accepted by every command. */
export function withDataOption(command: Command): Command {
  return command.addOption(
    new Option(
      '--data <dir>',
      'folder of the embedded database (default: your user data folder)',
    ).env('WAYFINDER_DATA'),
  );
}

/** Runs `work` with an open context and always closes the database afterwards. */
export async function withContext<T>(
  deps: CliDeps,
  command: Command,
  work: (ctx: ServiceContext) => Promise<T>,
): Promise<T> {
  const { data } = command.optsWithGlobals<{ data?: string }>();
  const ctx = await deps.openContext(data ? { data } : {});
  try {
    return await work(ctx);
  } finally {
    await ctx.db.close();
  }
}

export function printJson(deps: CliDeps, value: unknown): void {
  deps.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** A plain aligned table for people reading a terminal. */
export function printTable(deps: CliDeps, headers: string[], rows: string[][]): void {
  const widths = headers.map((header, i) =>
    Math.min(40, Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length))),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        const clipped = cell.length > width ? `${cell.slice(0, width - 1)}…` : cell;
        return clipped.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  deps.stdout(`${[line(headers), ...rows.map(line)].join('\n')}\n`);
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

/** Parses a positive whole number option, with the option's name in the error. */
export function positiveInt(name: string) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed) || parsed <= 0) {
      throw new InvalidArgumentError(`${name} must be a positive whole number, got "${value}"`);
    }
    return parsed;
  };
}
