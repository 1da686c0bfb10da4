import { afterAll, describe, expect, test } from 'vitest';
import { addOtherUser, dropTestSchemas, testDatabases } from '#testing/databases';
import { eachTestApp, TEST_ORIGIN as ORIGIN, type TestApp } from '#testing/http';
import { createApp } from '#server/app';
import type { ServiceContext } from '#services/context';

afterAll(dropTestSchemas);

type Json = Record<string, unknown>;
type ErrorBody = { error: { code: string; message: string; issues?: { path: string }[] } };

describe.each(testDatabases)('settings and playbooks over HTTP on $name', (database) => {
  let ctx: ServiceContext;
  let app: TestApp;
  eachTestApp(database, (opened) => ({ ctx, app } = opened));

  const send = (method: string, path: string, body?: unknown) =>
    app.request(`${ORIGIN}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const json = async <T = Json>(response: Response, status = 200): Promise<T> => {
    expect(response.status).toBe(status);
    return (await response.json()) as T;
  };

  test('GET /api/settings answers exactly the contract, with a feed path made once', async () => {
    const settings = await json(await send('GET', '/api/settings'));
    expect(Object.keys(settings)).toEqual([
      'profile',
      'timeZone',
      'playbookId',
      'calendarFeedPath',
    ]);
    expect(settings).toMatchObject({
      profile: { name: null, email: null, summary: null },
      timeZone: 'UTC',
      playbookId: 'two-hour-job-search',
      calendarFeedPath: expect.stringMatching(/^\/calendar\/[\w-]{32,}\.ics$/) as unknown,
    });
    expect(await json(await send('GET', '/api/settings'))).toEqual(settings);
  });

  test('PATCH /api/settings changes what it names and refuses unknown zones and playbooks', async () => {
    const changed = await json(
      await send('PATCH', '/api/settings', {
        profile: { name: 'Ana Silva', summary: 'a final-year nursing student' },
        timeZone: 'America/Chicago',
        playbookId: 'career-centre',
      }),
    );
    expect(changed).toMatchObject({
      profile: { name: 'Ana Silva', email: null, summary: 'a final-year nursing student' },
      timeZone: 'America/Chicago',
      playbookId: 'career-centre',
    });
    for (const [body, field] of [
      [{ timeZone: 'Europe/Atlantis' }, 'timeZone'],
      [{ playbookId: 'mystery' }, 'playbookId'],
      [{ colour: 'blue' }, 'colour'],
    ] as const) {
      const error = await json<ErrorBody>(await send('PATCH', '/api/settings', body), 400);
      expect(error.error).toMatchObject({ code: 'invalid_input', issues: [{ path: field }] });
    }
    expect(await json(await send('GET', '/api/settings'))).toEqual(changed);
  });

  test('playbooks: copy, change, refuse built-ins, delete', async () => {
    const list = await json<{ items: Json[] }>(await send('GET', '/api/playbooks'));
    expect(list.items.map((p) => [p.id, p.builtIn])).toEqual([
      ['two-hour-job-search', true],
      ['career-centre', true],
    ]);
    const copy = await json(
      await send('POST', '/api/playbooks', { copyOf: 'two-hour-job-search', name: 'My 3B7' }),
      201,
    );
    expect(copy).toMatchObject({ id: 'my-3b7', builtIn: false, outreach: { wordLimit: 75 } });

    const changed = await json(
      await send('PATCH', '/api/playbooks/my-3b7', { outreach: { wordLimit: 90 } }),
    );
    expect(changed).toMatchObject({ outreach: { wordLimit: 90, linkedinNoteLimit: 300 } });
    const invalid = await json<ErrorBody>(
      await send('PATCH', '/api/playbooks/my-3b7', { defaultDurationMinutes: 0 }),
      400,
    );
    expect(invalid.error.issues).toEqual([
      expect.objectContaining({ path: 'defaultDurationMinutes' }),
    ]);

    const refused = await json<ErrorBody>(
      await send('PATCH', '/api/playbooks/career-centre', { keepInTouchWeeks: 3 }),
      403,
    );
    expect(refused.error.message).toMatch(/built in/);
    await json(await send('DELETE', '/api/playbooks/career-centre'), 403);
    expect((await send('DELETE', '/api/playbooks/my-3b7')).status).toBe(204);
    await json(await send('DELETE', '/api/playbooks/my-3b7'), 404);
    await json(await send('PATCH', '/api/playbooks/my-3b7', { keepInTouchWeeks: 3 }), 404);
  });

  test('PATCH /api/playbooks/:id with a stale version is 409 with the stored copy', async () => {
    const copy = await json<{ id: string; version: number }>(
      await send('POST', '/api/playbooks', { copyOf: 'career-centre', name: 'Mine' }),
      201,
    );
    expect(copy.version).toBe(1);
    const first = await json(
      await send('PATCH', '/api/playbooks/mine', { version: 1, keepInTouchWeeks: 4 }),
    );
    expect(first).toMatchObject({ version: 2, keepInTouchWeeks: 4 });
    const stale = await json<ErrorBody & { error: { details: { current: Json } } }>(
      await send('PATCH', '/api/playbooks/mine', { version: 1, keepInTouchWeeks: 9 }),
      409,
    );
    expect(stale.error.code).toBe('conflict');
    expect(stale.error.message).toMatch(/changed elsewhere \(now version 2\)/);
    expect(stale.error.details.current).toMatchObject({
      id: 'mine',
      version: 2,
      keepInTouchWeeks: 4,
    });
    const list = await json<{ items: Json[] }>(await send('GET', '/api/playbooks'));
    expect(list.items.at(-1)).toMatchObject({ version: 2, keepInTouchWeeks: 4 });
  });

  test('PATCH /api/interviews/:id switches its playbook; a stale version is 409', async () => {
    const person = await json<{ id: number }>(
      await send('POST', '/api/people', { name: 'Ana' }),
      201,
    );
    const interview = await json<{ id: number; version: number; playbookId: string }>(
      await send('POST', '/api/interviews', { personId: person.id }),
      201,
    );
    expect(interview.playbookId).toBe('two-hour-job-search');
    const path = `/api/interviews/${interview.id}`;
    const moved = await json(
      await send('PATCH', path, { version: interview.version, playbookId: 'career-centre' }),
    );
    expect(moved).toMatchObject({ playbookId: 'career-centre', version: interview.version + 1 });
    await json(await send('PATCH', path, { version: interview.version, playbookId: 'x1' }), 409);
    const unknown = await json<ErrorBody>(
      await send('PATCH', path, { version: interview.version + 1, playbookId: 'nope' }),
      400,
    );
    expect(unknown.error.issues).toEqual([expect.objectContaining({ path: 'playbookId' })]);
    await json(
      await send('PATCH', '/api/interviews/999999', { version: 1, playbookId: 'x1' }),
      404,
    );
  });

  test('the OpenAPI description lists settings, playbooks by text id, and the feed', async () => {
    const doc = await json<{ paths: Record<string, Record<string, { parameters?: Json[] }>> }>(
      await send('GET', '/api/openapi.json'),
    );
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/settings',
        '/api/settings/calendar-secret',
        '/api/playbooks',
        '/calendar/{file}',
      ]),
    );
    expect(doc.paths['/api/playbooks/{id}']?.patch?.parameters?.[0]).toMatchObject({
      name: 'id',
      schema: { type: 'string' },
    });
    expect(doc.paths['/api/interviews/{id}']?.patch).toBeDefined();
  });

  test("another user's playbooks and interviews are out of reach", async () => {
    const person = await json<{ id: number }>(
      await send('POST', '/api/people', { name: 'Ana' }),
      201,
    );
    const interview = await json<{ id: number }>(
      await send('POST', '/api/interviews', { personId: person.id }),
      201,
    );
    await json(
      await send('POST', '/api/playbooks', { copyOf: 'career-centre', name: 'Mine' }),
      201,
    );
    const other = await addOtherUser(ctx);
    const theirs = createApp(other, { webRoot: null, version: 'test' });
    const asThem = (method: string, path: string, body?: unknown) =>
      theirs.request(`${ORIGIN}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const list = await json<{ items: Json[] }>(await asThem('GET', '/api/playbooks'));
    expect(list.items.map((p) => p.id)).not.toContain('mine');
    await json(await asThem('DELETE', '/api/playbooks/mine'), 404);
    await json(
      await asThem('PATCH', `/api/interviews/${interview.id}`, {
        version: 1,
        playbookId: 'career-centre',
      }),
      404,
    );
  });
});
