import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, isAppError, type AppErrorCode } from '#core/errors';
import type { Logger } from '#services/context';

export function statusFor(code: AppErrorCode): ContentfulStatusCode {
  switch (code) {
    case 'invalid_input':
      return 400;
    case 'unauthorized':
      return 401;
    case 'forbidden':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
    case 'mail_not_configured':
      return 409;
    case 'invalid_transition':
      return 422;
    case 'too_large':
      return 413;
    case 'unavailable':
      return 503;
    case 'internal':
      return 500;
    case 'mail_failed':
      return 502;
  }
}

/** The one error body every endpoint answers with. */
export function errorResponse(c: Context, error: AppError) {
  const body: Record<string, unknown> = { code: error.code, message: error.message };
  if (error.issues) body.issues = error.issues;
  if (error.details !== undefined) body.details = error.details;
  return c.json({ error: body }, statusFor(error.code));
}

/** Maps anything thrown to an answer; unexpected errors are logged, never shown with a stack. */
export function handleError(error: unknown, c: Context, log: Logger) {
  if (isAppError(error)) return errorResponse(c, error);
  const busy = databaseBusy(error);
  if (busy) return errorResponse(c, busy);
  log.error('unexpected error', {
    method: c.req.method,
    path: new URL(c.req.url).pathname,
    error: error instanceof Error ? error.message : String(error),
  });
  return errorResponse(
    c,
    new AppError('internal', 'Something went wrong on our side; it has been logged.'),
  );
}

/** The embedded database locked by another Wayfinder process (a long CLI import) is a retry, not a bug. */
function databaseBusy(error: unknown): AppError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_BUSY')) return null;
  return new AppError(
    'unavailable',
    'The database is busy with another Wayfinder process (perhaps an import on the command line); try again in a moment.',
  );
}
