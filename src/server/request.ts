import type { Context } from 'hono';
import { AppError } from '#core/errors';
import { MAX_ID } from '#core/validation';

/** The JSON body of a request, or a clear `invalid_input` when it is missing or malformed. */
export async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!type.toLowerCase().startsWith('application/json')) {
    throw new AppError(
      'invalid_input',
      'Send the body as JSON with the header Content-Type: application/json',
    );
  }
  const text = await c.req.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unreadable';
    throw new AppError('invalid_input', `The request body is not valid JSON (${reason})`);
  }
}

/** A numeric id from the path, or `not_found` (an id that cannot exist names nothing). */
export function idParam(c: Context, name = 'id'): number {
  const raw = c.req.param(name) ?? '';
  const id = /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0 || id > MAX_ID) {
    throw new AppError('not_found', `No record with id "${raw}"`);
  }
  return id;
}
