import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiError, apiPath, apiRequest } from './client';

afterEach(() => vi.unstubAllGlobals());

describe('apiRequest', () => {
  test('turns an error body into an ApiError with code, issues and status', async () => {
    const body = {
      error: {
        code: 'invalid_input',
        message: 'Invalid person',
        issues: [{ path: 'name', message: 'name is required' }],
      },
    };
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body), { status: 400 }));
    const error = await apiRequest('/api/people', { method: 'POST', body: {} }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 'invalid_input',
      issues: [{ path: 'name', message: 'name is required' }],
    });
  });

  test('sends JSON with a JSON content type, which the server insists on for changes', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ id: 1 }), { status: 201 }));
    vi.stubGlobal('fetch', fetchMock);
    await apiRequest('/api/people', { method: 'POST', body: { name: 'Ana' } });
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/people',
      expect.objectContaining({
        body: '{"name":"Ana"}',
        headers: expect.objectContaining({ 'Content-Type': 'application/json' }),
      }),
    );
  });

  test('leaves empty parameters out of the address', () => {
    expect(apiPath('/api/people', { q: 'ana', cursor: null, tag: '', limit: 20 })).toBe(
      '/api/people?q=ana&limit=20',
    );
  });
});
