import v8 from 'node:v8';
import path from 'node:path';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { ServiceContext } from '#services/context';
import { createApp } from './app';
import { packageRoot, packageVersion } from './package-info';

export type RunningServer = { url: string; port: number; close(): Promise<void> };

/** Serves the app on the configured host and port (127.0.0.1 unless told otherwise). */
export async function startServer(ctx: ServiceContext): Promise<RunningServer> {
  // V8 moves objects it sees outlive a young-generation collection straight to the old one from
  // then on. A request's rows outlive one whenever a collection lands while it waits for the
  // database, so V8 came to tenure every request's rows and actions: PostgreSQL pages paid
  // 3.5–6 ms young collections (1.6–1.8 ms without) and ran five to thirteen full ones in a
  // benchmark run instead of four. Read when V8 collects, so setting it now takes effect.
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
  const webRoot = path.join(packageRoot(), 'dist', 'web');
  const app = createApp(ctx, { webRoot, version: packageVersion() });
  const { server, port } = await new Promise<{ server: ReturnType<typeof serve>; port: number }>(
    (resolve, reject) => {
      const server = serve(
        { fetch: app.fetch, hostname: ctx.config.host, port: ctx.config.port },
        (info: AddressInfo) => resolve({ server, port: info.port }),
      );
      server.once('error', reject);
    },
  );
  const shownHost = ctx.config.host.includes(':') ? `[${ctx.config.host}]` : ctx.config.host;
  return {
    url: `http://${shownHost}:${port}`,
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
