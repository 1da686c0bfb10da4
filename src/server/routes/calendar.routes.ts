import { Hono } from 'hono';
import { AppError } from '#core/errors';
import { calendarForSecret } from '#services/calendar.service';
import type { ServiceContext } from '#services/context';

/** The subscribable feed, outside /api: calendar apps fetch it by its private address alone. */
export function calendarRoutes(ctx: ServiceContext) {
  return new Hono().get('/calendar/:file', async (c) => {
    const file = c.req.param('file');
    if (!file.endsWith('.ics')) throw new AppError('not_found', 'No calendar at this address');
    const body = await calendarForSecret(ctx, file.slice(0, -'.ics'.length));
    return c.body(body, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="wayfinder.ics"',
      // Private to whoever holds the address; always fetched fresh.
      'Cache-Control': 'private, no-cache',
    });
  });
}
