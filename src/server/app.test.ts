import { afterAll, describe, expect, test } from 'vitest';
import { dropTestSchemas, testDatabases } from '#testing/databases';
import { eachTestApp, TEST_ORIGIN as ORIGIN, type TestApp } from '#testing/http';
import { MAX_BODY_BYTES } from './app';

afterAll(dropTestSchemas);

describe.each(testDatabases)('HTTP API on $name', (database) => {
  let app: TestApp;
  eachTestApp(database, (opened) => ({ app } = opened));

  const call = (path: string, init: RequestInit & { json?: unknown } = {}) => {
    const { json, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (json !== undefined) headers.set('content-type', 'application/json');
    return app.request(`${ORIGIN}${path}`, {
      ...rest,
      headers,
      ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
    });
  };

  test('answers the health check', async () => {
    const response = await call('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  test('creates, reads, updates and deletes a person through the contract', async () => {
    const created = await call('/api/people', {
      method: 'POST',
      json: { name: 'Ana Lima', organization: 'Acme', emails: ['ana@acme.example'], tags: ['ux'] },
    });
    expect(created.status).toBe(201);
    const ana = (await created.json()) as {
      id: number;
      version: number;
      createdAt: string;
      updatedAt: string;
    };
    expect(ana).toMatchObject({ name: 'Ana Lima', organization: 'Acme', version: 1 });
    expect(ana.createdAt).toBeTypeOf('string');

    const list = await call('/api/people?q=acm&limit=10');
    expect(await list.json()).toMatchObject({ items: [{ id: ana.id }], nextCursor: null });

    const patched = await call(`/api/people/${ana.id}`, {
      method: 'PATCH',
      json: { version: 1, title: 'Lead' },
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ title: 'Lead', version: 2 });

    const detail = await call(`/api/people/${ana.id}`);
    expect(await detail.json()).toMatchObject({
      title: 'Lead',
      introducedBy: null,
      introduced: [],
    });

    expect((await call(`/api/people/${ana.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await call(`/api/people/${ana.id}`)).status).toBe(404);
  });

  test('reports validation errors with a code, a message and every issue', async () => {
    const response = await call('/api/people', {
      method: 'POST',
      json: { emails: ['nope'], extra: 1 },
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { code: string; message: string; issues: { path: string }[] };
    };
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.message).toMatch(/name/);
    expect(body.error.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['name', 'emails.0']),
    );
  });

  test('refuses malformed JSON and a body that is not JSON', async () => {
    const broken = await app.request(`${ORIGIN}/api/people`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { error: { message: string } }).error.message).toMatch(
      /not valid JSON/,
    );
    const form = await app.request(`${ORIGIN}/api/people`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=x',
    });
    expect(form.status).toBe(400);
    expect((await call('/api/people')).status).toBe(200);
  });

  test('answers 404 for unknown people, bad ids and unknown endpoints', async () => {
    for (const path of [
      '/api/people/999',
      '/api/people/abc',
      '/api/people/99999999999',
      '/api/nothing-here',
      '/api/organizations/5',
    ]) {
      const response = await call(path);
      expect(response.status, path).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
  });

  test('answers 409 with the current person when the version is stale', async () => {
    const ana = (await (
      await call('/api/people', { method: 'POST', json: { name: 'Ana' } })
    ).json()) as { id: number };
    await call(`/api/people/${ana.id}`, { method: 'PATCH', json: { version: 1, notes: 'first' } });
    const stale = await call(`/api/people/${ana.id}`, {
      method: 'PATCH',
      json: { version: 1, notes: 'second' },
    });
    expect(stale.status).toBe(409);
    const body = (await stale.json()) as {
      error: { code: string; details: { current: { notes: string; version: number } } };
    };
    expect(body.error.code).toBe('conflict');
    expect(body.error.details.current).toMatchObject({ notes: 'first', version: 2 });
  });

  test('refuses an oversized body with 413 and stores nothing', async () => {
    const response = await call('/api/people', {
      method: 'POST',
      json: { name: 'Big', notes: 'x'.repeat(MAX_BODY_BYTES + 10) },
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('too_large');
    expect(await (await call('/api/people')).json()).toMatchObject({ items: [] });
  });

  test('refuses a foreign Host header (DNS rebinding)', async () => {
    const response = await app.request('http://evil.example:4747/api/people', {
      headers: { host: 'evil.example:4747' },
    });
    expect(response.status).toBe(403);
    const wrongPort = await app.request('http://127.0.0.1:9999/api/health', {
      headers: { host: '127.0.0.1:9999' },
    });
    expect(wrongPort.status).toBe(403);
    const localhost = await app.request('http://localhost:4747/api/health', {
      headers: { host: 'localhost:4747' },
    });
    expect(localhost.status).toBe(200);
  });

  test('refuses a cross-origin POST and accepts a same-origin one', async () => {
    const foreign = await call('/api/people', {
      method: 'POST',
      json: { name: 'Mallory' },
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
    const crossSite = await call('/api/people', {
      method: 'POST',
      json: { name: 'Mallory' },
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    expect(await (await call('/api/people')).json()).toMatchObject({ items: [] });
    const own = await call('/api/people', {
      method: 'POST',
      json: { name: 'Ana' },
      headers: { origin: ORIGIN, 'sec-fetch-site': 'same-origin' },
    });
    expect(own.status).toBe(201);
  });

  test('sends a Content-Security-Policy and other security headers', async () => {
    const response = await call('/api/health');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  test('describes itself in OpenAPI and a readable reference page', async () => {
    const doc = (await (await call('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/people',
        '/api/people/{id}',
        '/api/organizations',
        '/api/health',
      ]),
    );
    expect(Object.keys(doc.paths['/api/people/{id}'] ?? {})).toEqual(
      expect.arrayContaining(['get', 'patch', 'delete']),
    );
    const page = await call('/api/docs');
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(await page.text()).toContain('/api/people/{id}');
  });

  test('lists organizations with people counts', async () => {
    await call('/api/people', { method: 'POST', json: { name: 'A', organization: 'Globex Corp' } });
    await call('/api/people', { method: 'POST', json: { name: 'B', organization: 'globex' } });
    const body = (await (await call('/api/organizations')).json()) as {
      items: { name: string; peopleCount: number }[];
    };
    expect(body.items).toEqual([expect.objectContaining({ name: 'Globex Corp', peopleCount: 2 })]);
  });

  test('summarizes the network and lists tags', async () => {
    await call('/api/people', {
      method: 'POST',
      json: { name: 'A', organization: 'Acme', tags: ['ux'] },
    });
    expect(await (await call('/api/summary')).json()).toEqual({
      people: 1,
      archivedPeople: 0,
      organizations: 1,
    });
    expect(await (await call('/api/tags')).json()).toEqual({ items: [{ tag: 'ux', count: 1 }] });
    expect((await call('/api/tags?limit=0')).status).toBe(400);
  });
});
