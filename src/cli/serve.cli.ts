import { Command, Option } from 'commander';
import { DEFAULT_PORT } from '#services/config';
import { positiveInt, withDataOption, type CliDeps } from './io';

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
    .action(
      async (
        options: { port?: number; host?: string; open?: boolean; data?: string },
        command: Command,
      ) => {
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
