import v8 from 'node:v8';
import path from 'node:path';
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { ServiceContext } from '#services/context';
import { createApp } from './app';
import { packageRoot, packageVersion } from './package-info';

export type RunningServer = { url: string; port: number; close(): Promise<void> };

/**
 * Keeps V8 from allocating a request's objects straight in the old generation. V8 does so for
 * an allocation site whose objects it sees outlive a young-generation collection, and a
 * request's rows outlive one whenever a collection lands while the request waits for the
 * database. So V8 came to tenure every request's rows and actions: PostgreSQL pages of Today
 * paid 3.5–6 ms young collections (1.6–1.8 ms without) and a benchmark run five to thirteen
 * full collections instead of four. V8 reads the flag when it collects, so setting it once the
 * process runs takes effect.
 */
export function keepRequestObjectsYoung(): void {
  v8.setFlagsFromString('--no-allocation-site-pretenuring');
}

/** Serves the app on the configured host and port (127.0.0.1 unless told otherwise). */
export async function startServer(ctx: ServiceContext): Promise<RunningServer> {
  keepRequestObjectsYoung();
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
