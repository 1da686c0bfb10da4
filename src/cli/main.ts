import { resolveConfig } from '#services/config';
import { stderrLogger, systemClock } from '#services/context';
import { openContext } from '#services/startup';
import { packageVersion } from '#server/package-info';
import { runCli } from './program';

// The only module with side effects: real process, real streams, real signals.
const stopSignal = new Promise<void>((resolve) => {
  process.once('SIGINT', () => resolve());
  process.once('SIGTERM', () => resolve());
});

const argv = process.argv.slice(2);
const log = stderrLogger({ quiet: !argv.includes('serve') });

const code = await runCli(
  argv,
  {
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    openContext: (overrides) =>
      openContext(resolveConfig(process.env, overrides), systemClock, log),
    // Loaded only by `serve`, so other commands start without the web server's code.
    startServer: async (ctx) => (await import('#server/serve')).startServer(ctx),
    openBrowser: async (url) => {
      const { default: open } = await import('open');
      await open(url);
    },
    waitForStop: () => stopSignal,
    interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY),
    ask: async (question) => {
      const { createInterface } = await import('node:readline/promises');
      const prompt = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await prompt.question(question);
      } finally {
        prompt.close();
      }
    },
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  },
  packageVersion(),
);
process.exitCode = code;
