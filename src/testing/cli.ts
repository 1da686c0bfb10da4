import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixedClock } from '#core/clock';
import { resolveConfig } from '#services/config';
import { silentLogger } from '#services/context';
import { openContext } from '#services/startup';
import type { CliDeps } from '#cli/io';
import { runCli } from '#cli/program';

export type CliRun = { code: number; stdout: string; stderr: string; json: <T = unknown>() => T };

/** Runs the CLI in-process against a data folder of its own, capturing what it prints. */
export function cliRunner(dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-cli-'))) {
  return cliRunnerWithEnv({ WAYFINDER_DATA: dataDir });
}

/** The same, with the environment given (e.g. a DATABASE_URL). */
export function cliRunnerWithEnv(env: NodeJS.ProcessEnv) {
  const dataDir = env.WAYFINDER_DATA ?? fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-cli-'));
  const execute = async (argv: string[], stdin: string): Promise<CliRun> => {
    let stdout = '';
    let stderr = '';
    const deps: CliDeps = {
      env,
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text),
      openContext: (overrides) =>
        openContext(
          resolveConfig({ ...env, WAYFINDER_DATA: dataDir }, overrides),
          fixedClock('2026-03-02T09:00:00.000Z'),
          silentLogger,
        ),
      startServer: () => Promise.reject(new Error('serve is tested end to end')),
      openBrowser: async () => {},
      waitForStop: async () => {},
      interactive: false,
      ask: async () => '',
      readStdin: async () => stdin,
    };
    const code = await runCli(argv, deps, 'test');
    return { code, stdout, stderr, json: <T>() => JSON.parse(stdout) as T };
  };
  const run = (...argv: string[]) => execute(argv, '');
  /** The same, with `stdin` as standard input. */
  const runWithStdin = (stdin: string, ...argv: string[]) => execute(argv, stdin);
  return { run, runWithStdin, dataDir };
}
