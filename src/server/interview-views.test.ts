import { afterAll, describe, expect, test } from 'vitest';
import { dropTestSchemas, testDatabases } from '#testing/databases';
import { eachTestApp, TEST_ORIGIN as ORIGIN, type TestApp } from '#testing/http';

afterAll(dropTestSchemas);

type Json = Record<string, unknown>;
type ErrorBody = { error: { code: string; issues?: { path: string }[] } };

describe.each(testDatabases)('what the interview screens read over HTTP on $name', (database) => {
  let app: TestApp;
  eachTestApp(database, (opened) => ({ app } = opened));

  const get = (path: string) => app.request(`${ORIGIN}${path}`);
  const send = (method: 'POST' | 'PATCH', path: string, body: unknown) =>
    app.request(`${ORIGIN}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const create = async <T = { id: number }>(path: string, body: unknown): Promise<T> => {
    const response = await send('POST', path, body);
    expect(response.status).toBe(201);
    return (await response.json()) as T;
  };
  const read = async <T = Json>(path: string): Promise<T> => {
    const response = await get(path);
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };

  async function network() {
    const maria = await create('/api/people', { name: 'Maria Lopez' });
    const ana = await create('/api/people', {
      name: 'Ana Silva',
      organization: 'Acme Health',
      introducedById: maria.id,
    });
    const bo = await create('/api/people', { name: 'Bo Chen', organization: 'Acme Health' });
    return { maria, ana, bo };
  }

  test('lists interviews with the person, their organization and the introducer, by person too', async () => {
    const { maria, ana } = await network();
    const withAna = await create('/api/interviews', { personId: ana.id });
    const withMaria = await create('/api/interviews', { personId: maria.id });
    const { items } = await read<{ items: Json[] }>('/api/interviews');
    expect(items).toEqual([
      expect.objectContaining({
        id: withMaria.id,
        person: { id: maria.id, name: 'Maria Lopez', organizationId: null, organization: null },
        introducer: null,
      }),
      expect.objectContaining({
        id: withAna.id,
        person: expect.objectContaining({ name: 'Ana Silva', organization: 'Acme Health' }),
        introducer: { id: maria.id, name: 'Maria Lopez' },
      }),
    ]);
    const byPerson = await read<{ items: { id: number }[] }>(`/api/interviews?personId=${ana.id}`);
    expect(byPerson.items.map((i) => i.id)).toEqual([withAna.id]);
  });

  test('counts interviews per exploration and edits one at the version read', async () => {
    const { ana, bo } = await network();
    const ux = await create<{ id: number; version: number }>('/api/explorations', {
      title: 'UX research',
      kind: 'role',
    });
    await create('/api/explorations', { title: 'Nursing', kind: 'field' });
    await create('/api/interviews', { personId: ana.id, explorationIds: [ux.id] });
    await create('/api/interviews', { personId: bo.id, explorationIds: [ux.id] });
    const listed = await read<{ items: { title: string; interviewCount: number }[] }>(
      '/api/explorations',
    );
    expect(listed.items.map((e) => [e.title, e.interviewCount])).toEqual([
      ['UX research', 2],
      ['Nursing', 0],
    ]);

    const patched = await send('PATCH', `/api/explorations/${ux.id}`, {
      version: ux.version,
      status: 'shortlisted',
      keyQuestions: ['What does a week look like?', 'How did you start?'],
    });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({
      title: 'UX research',
      status: 'shortlisted',
      keyQuestions: ['What does a week look like?', 'How did you start?'],
      version: ux.version + 1,
    });
    const stale = await send('PATCH', `/api/explorations/${ux.id}`, {
      version: ux.version,
      title: 'Research',
    });
    expect(stale.status).toBe(409);
    const missing = await send('PATCH', '/api/explorations/999', { version: 1, title: 'X' });
    expect(missing.status).toBe(404);
    const bad = await send('PATCH', `/api/explorations/${ux.id}`, {
      version: 2,
      status: 'maybe',
      title: '',
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.issues?.map((i) => i.path).sort()).toEqual([
      'status',
      'title',
    ]);
  });

  test("a person's timeline holds their interviews, messages and interactions", async () => {
    const { ana, bo } = await network();
    const interview = await create('/api/interviews', { personId: ana.id });
    await create(`/api/interviews/${interview.id}/messages`, {
      kind: 'request',
      channel: 'email',
      body: 'Maria Lopez suggested I write…',
      sentAt: '2026-03-02T09:00:00Z',
    });
    await create('/api/interactions', {
      personId: ana.id,
      kind: 'call',
      at: '2026-03-03T10:00:00Z',
      summary: 'Quick call',
    });
    const timeline = await read<{
      interviews: { id: number; stage: string }[];
      messages: { body: string }[];
      interactions: { kind: string }[];
    }>(`/api/people/${ana.id}/timeline`);
    expect(timeline.interviews).toEqual([expect.objectContaining({ id: interview.id })]);
    expect(timeline.messages.map((m) => m.body)).toEqual(['Maria Lopez suggested I write…']);
    expect(timeline.interactions.map((i) => i.kind)).toEqual([
      'message_sent',
      'stage_change',
      'call',
    ]);
    expect(await read(`/api/people/${bo.id}/timeline`)).toEqual({
      interviews: [],
      messages: [],
      interactions: [],
    });
    expect((await get('/api/people/999/timeline')).status).toBe(404);
  });

  test('Today names the person of each action and the second person it suggests', async () => {
    const { ana, bo } = await network();
    const interview = await create('/api/interviews', { personId: ana.id });
    await create(`/api/interviews/${interview.id}/messages`, {
      kind: 'request',
      channel: 'email',
      body: 'Hello',
      sentAt: '2026-03-02T09:00:00Z',
    });
    const { actions } = await read<{ actions: Json[] }>('/api/today?asOf=2026-03-05');
    expect(actions.find((a) => a.kind === 'ask_second_person')).toMatchObject({
      personId: ana.id,
      person: { id: ana.id, name: 'Ana Silva', organization: 'Acme Health' },
      suggestedPersonId: bo.id,
      suggestedPerson: { id: bo.id, name: 'Bo Chen', organization: 'Acme Health' },
    });
    expect(actions.find((a) => a.kind === 'follow_up')).not.toHaveProperty('suggestedPerson');
  });
});
