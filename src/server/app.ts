import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { serveStatic } from '@hono/node-server/serve-static';
import { AppError } from '#core/errors';
import { MAX_IMPORT_BYTES } from '#core/import-plan';
import type { ServiceContext } from '#services/context';
import { apiReferencePage } from './api-reference';
import { errorResponse, handleError } from './errors';
import { openApiDocument } from './openapi';
import { organizationRoutes } from './routes/organizations.routes';
import { duplicateRoutes } from './routes/duplicates.routes';
import { importExportRoutes } from './routes/imports.routes';
import { interviewRoutes } from './routes/interviews.routes';
import { mailRoutes } from './routes/mail.routes';
import { networkRoutes } from './routes/network.routes';
import { peopleRoutes } from './routes/people.routes';
import { targetRoutes } from './routes/targets.routes';
import { calendarRoutes } from './routes/calendar.routes';
import { settingsRoutes } from './routes/settings.routes';
import { allowedHostNames, hostAndOriginGuard, securityHeaders } from './security';

export const MAX_BODY_BYTES = 1024 * 1024;

export type AppOptions = {
  /** The built web app (index.html and assets); null serves the API alone. */
  webRoot: string | null;
  version: string;
};

/** The whole HTTP surface: security first, then the API, then the web app. */
export function createApp(ctx: ServiceContext, options: AppOptions) {
  const app = new Hono();
  app.use(hostAndOriginGuard(allowedHostNames(ctx.config.host), ctx.config.port));
  app.use(securityHeaders());
  const limit = (maxSize: number, what: string) =>
    bodyLimit({
      maxSize,
      onError: (c) =>
        errorResponse(
          c,
          new AppError('too_large', `${what} is larger than ${maxSize / 1048576} MiB`),
        ),
    });
  const importLimit = limit(MAX_IMPORT_BYTES, 'This file');
  const requestLimit = limit(MAX_BODY_BYTES, 'The request body');
  // Contact files may be up to MAX_IMPORT_BYTES; every other request stays small.
  app.use('/api/*', (c, next) =>
    new URL(c.req.url).pathname.startsWith('/api/imports')
      ? importLimit(c, next)
      : requestLimit(c, next),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    // On the response's own headers: `c.header` on a finished response makes Hono rebuild it
    // around a stream, which costs more than writing a large JSON body.
    c.res.headers.set('Cache-Control', 'no-store');
  });

  const document = openApiDocument(options.version);
  app.get('/api/health', (c) => c.json({ status: 'ok' }));
  app.get('/api/openapi.json', (c) => c.json(document));
  app.get('/api/docs', (c) => c.html(apiReferencePage(document)));
  app.route('/api/people', peopleRoutes(ctx));
  app.route('/api/organizations', organizationRoutes(ctx));
  app.route('/api', networkRoutes(ctx));
  app.route('/api', importExportRoutes(ctx));
  app.route('/api', duplicateRoutes(ctx));
  app.route('/api', targetRoutes(ctx));
  app.route('/api', interviewRoutes(ctx));
  app.route('/api', settingsRoutes(ctx));
  app.route('/api', mailRoutes(ctx));
  app.route('/', calendarRoutes(ctx));
  app.all('/api/*', (c) =>
    errorResponse(
      c,
      new AppError(
        'not_found',
        `No API endpoint ${c.req.method} ${new URL(c.req.url).pathname}; see /api/docs`,
      ),
    ),
  );

  if (options.webRoot && fs.existsSync(path.join(options.webRoot, 'index.html'))) {
    const root = options.webRoot;
    app.use('/assets/*', async (c, next) => {
      await next();
      if (c.res.ok) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    });
    app.use('*', serveStatic({ root }));
    // Client-side routes (/people/12 …) all load the app shell.
    app.get('*', serveStatic({ root, path: 'index.html' }));
  } else {
    app.get('/', (c) =>
      c.text(
        'Wayfinder API is running, but the web app is not built. Run "npm run build", then reload.',
        503,
      ),
    );
  }

  app.onError((error, c) => handleError(error, c, ctx.log));
  return app;
}
