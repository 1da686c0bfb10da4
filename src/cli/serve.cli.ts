import { Command, Option } from 'commander';
import { DEFAULT_PORT } from '#services/config';
import { AppError } from '#core/errors';
import { positiveInt, withDataOption, type CliDeps } from './io';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function serveCommand(deps: CliDeps): Command {
  return withDataOption(new Command('serve').description('start the web app and API'))
    .addOption(
      new Option('--port <n>', `port to listen on (0 picks a free one)`)
        .env('WAYFINDER_PORT')
        .argParser((value) => (value === '0' ? 0 : positiveInt('--port')(value))),
    )
    .addOption(
      new Option(
        '--host <address>',
        'address to listen on; keep 127.0.0.1 unless you know why',
      ).env('WAYFINDER_HOST'),
    )
    .option('--open', 'open the app in your browser')
    .option(
      '--allow-remote',
      'let other machines connect to a non-loopback --host (there is no sign-in yet)',
    )
    .action(
      async (
        options: {
          port?: number;
          host?: string;
          open?: boolean;
          data?: string;
          allowRemote?: boolean;
        },
        command: Command,
      ) => {
        if (options.host && !LOOPBACK.has(options.host) && !options.allowRemote) {
          throw new AppError(
            'invalid_input',
            `Wayfinder has no sign-in yet, so listening on ${options.host} would let anyone who can reach this machine read and change your network. Keep the default 127.0.0.1, or add --allow-remote if that is really what you want.`,
          );
        }
        const { data } = command.optsWithGlobals<{ data?: string }>();
        const ctx = await deps.openContext({
          ...(data ? { data } : {}),
          port: options.port ?? DEFAULT_PORT,
          ...(options.host ? { host: options.host } : {}),
        });
        try {
          const server = await deps.startServer(ctx);
          const where =
            ctx.db.dialect === 'sqlite'
              ? ctx.config.database.kind === 'sqlite' && ctx.config.database.file
              : 'PostgreSQL (DATABASE_URL)';
          deps.stdout(
            `Wayfinder is running at ${server.url}\nData: ${where}\nPress Ctrl+C to stop.\n`,
          );
          if (options.open) await deps.openBrowser(server.url);
          await deps.waitForStop();
          await server.close();
        } finally {
          await ctx.db.close();
        }
      },
    );
}
