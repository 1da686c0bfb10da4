import { Command, CommanderError } from 'commander';
import { isAppError, type AppError, type AppErrorCode } from '#core/errors';
import { CommandExit, withDataOption, type CliDeps } from './io';
import { exportCommand } from './export.cli';
import { importCommand } from './import.cli';
import { lintCommand } from './lint.cli';
import { orgsCommand } from './orgs.cli';
import { peopleCommand } from './people.cli';
import { serveCommand } from './serve.cli';
import { todayCommand } from './today.cli';

/** Exit codes scripts can rely on. */
export const EXIT = {
  ok: 0,
  failure: 1,
  usage: 2,
  notFound: 3,
  conflict: 4,
  refused: 5,
  unavailable: 6,
} as const;

function exitCodeFor(code: AppErrorCode): number {
  switch (code) {
    case 'invalid_input':
    case 'too_large':
    case 'invalid_transition':
    case 'mail_not_configured':
      return EXIT.usage;
    case 'not_found':
      return EXIT.notFound;
    case 'conflict':
      return EXIT.conflict;
    case 'unauthorized':
    case 'forbidden':
      return EXIT.refused;
    case 'unavailable':
    case 'mail_failed':
      return EXIT.unavailable;
    case 'internal':
      return EXIT.failure;
  }
}

export function buildProgram(deps: CliDeps, version: string): Command {
  const program = withDataOption(new Command('wayfinder'))
    .description(
      'Wayfinder: find people, ask well, follow up and learn from informational interviews',
    )
    .version(version)
    // Options after a sub-command belong to it (so `people edit --version 3` is not the program's --version).
    .enablePositionalOptions()
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: deps.stdout, writeErr: deps.stderr });
  for (const command of [
    serveCommand(deps),
    peopleCommand(deps),
    orgsCommand(deps),
    importCommand(deps),
    exportCommand(deps),
    lintCommand(deps),
    todayCommand(deps),
  ]) {
    program.addCommand(command);
  }
  // Sub-commands report their usage errors through the same path as the program.
  const propagate = (command: Command) => {
    command.exitOverride().configureOutput({ writeOut: deps.stdout, writeErr: deps.stderr });
    command.commands.forEach(propagate);
  };
  program.commands.forEach(propagate);
  return program;
}

/** Runs one command line and returns its exit code; prints errors as one clear line, never a stack. */
export async function runCli(argv: string[], deps: CliDeps, version: string): Promise<number> {
  const program = buildProgram(deps, version);
  let acting: Command | undefined;
  program.hook('preAction', (_, actionCommand) => {
    acting = actionCommand;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommandExit) return error.exitCode;
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (isAppError(error)) {
      deps.stderr(`error: ${inFlags(error, acting)}\n`);
      return exitCodeFor(error.code);
    }
    const { message, exitCode } = describeUnexpected(error);
    deps.stderr(`error: ${message}\n`);
    return exitCode;
  }
}

/**
 * An error's message and, when there are several, every problem, each field named as the user
 * typed it: the service says `asOf`, the command line `--as-of`.
 */
function inFlags(error: AppError, command: Command | undefined): string {
  const flags = new Map(
    (command?.options ?? []).flatMap((option) =>
      option.long ? [[option.attributeName(), option.long] as const] : [],
    ),
  );
  const issues = error.issues ?? [];
  const first = issues[0];
  const firstFlag = first && flags.get(first.path);
  // Only where `parseInput` names the field: a value the user typed may hold the same words.
  const named = ` — ${first?.path}: `;
  const message =
    firstFlag && error.message.includes(named)
      ? error.message.replace(named, ` — ${firstFlag}: `)
      : error.message;
  if (issues.length < 2) return message;
  const details = issues.map(
    (issue) => `\n  ${flags.get(issue.path) ?? issue.path}: ${issue.message}`,
  );
  return `${message}${details.join('')}`;
}

/** Explains failures from outside our code (database unreachable, disk full) without a stack. */
function describeUnexpected(error: unknown): { message: string; exitCode: number } {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string } | null)?.code;
  const unavailable = (text: string) => ({ message: text, exitCode: EXIT.unavailable });
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case '3D000': // database does not exist
    case '28P01': // password authentication failed
      return unavailable(
        `cannot use the PostgreSQL database in DATABASE_URL (${message}); check that it runs and the URL is right, or unset DATABASE_URL to use the embedded database`,
      );
    case 'EADDRINUSE':
      return unavailable(`${message}: another program uses that port; pick another with --port`);
    case 'EACCES':
    case 'EROFS':
      return unavailable(`${message}: choose a writable folder with --data`);
    case 'SQLITE_BUSY':
      return unavailable('the database is busy with another Wayfinder process; try again');
    default:
      return { message, exitCode: EXIT.failure };
  }
}
