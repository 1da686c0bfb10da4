import { Hono } from 'hono';
import { describe, expect, test } from 'vitest';
import { silentLogger } from '#services/context';
import { handleError } from './errors';

function appThrowing(error: unknown) {
  const app = new Hono().get('/', () => {
    throw error;
  });
  app.onError((caught, c) => handleError(caught, c, silentLogger));
  return app;
}

describe('errors a user sees', () => {
  test('a database locked by another Wayfinder process is a 503 to retry, not a vague failure', async () => {
    const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
    const response = await appThrowing(busy).request('/');
    expect(response.status).toBe(503);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('unavailable');
    expect(body.error.message).toMatch(/busy with another Wayfinder process/);
  });

  test('an unexpected error is a 500 without its message or stack', async () => {
    const response = await appThrowing(new Error('secret internals at /home/x.ts:12')).request('/');
    expect(response.status).toBe(500);
    expect(await response.text()).not.toMatch(/secret|x\.ts/);
  });
});
