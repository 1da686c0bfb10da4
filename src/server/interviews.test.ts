import { afterAll, describe, expect, test } from 'vitest';
import { addOtherUser, dropTestSchemas, testDatabases } from '#testing/databases';
import { createApp } from '#server/app';
import type { ServiceContext } from '#services/context';
import { eachTestApp, TEST_ORIGIN as ORIGIN, type TestApp } from '#testing/http';

afterAll(dropTestSchemas);

type Json = Record<string, unknown>;
type ErrorBody = { error: { code: string; message: string; issues?: { path: string }[] } };

describe.each(testDatabases)('interviews and Today over HTTP on $name', (database) => {
  let app: TestApp;
  let ctx: ServiceContext;
  eachTestApp(database, (opened) => ({ app, ctx } = opened));

  const get = (path: string) => app.request(`${ORIGIN}${path}`);
  const post = (path: string, body: unknown) =>
    app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const created = async <T = Json>(response: Response): Promise<T> => {
    expect(response.status).toBe(201);
    return (await response.json()) as T;
  };

  async function askedInterview() {
    const maria = await created<{ id: number }>(await post('/api/people', { name: 'Maria Lopez' }));
    const ana = await created<{ id: number }>(
      await post('/api/people', {
        name: 'Ana Silva',
        organization: 'Acme Health',
        introducedById: maria.id,
      }),
    );
    const exploration = await created<{ id: number }>(
      await post('/api/explorations', { title: 'Public health', kind: 'field' }),
    );
    const interview = await created<{ id: number; stage: string; introducedById: number }>(
      await post('/api/interviews', { personId: ana.id, explorationIds: [exploration.id] }),
    );
    expect(interview).toMatchObject({ stage: 'idea', introducedById: maria.id });
    const message = await created(
      await post(`/api/interviews/${interview.id}/messages`, {
        kind: 'request',
        channel: 'email',
        subject: 'A quick 20-minute call?',
        body: 'Maria Lopez suggested I reach out…',
        sentAt: '2026-03-02T09:00:00Z',
      }),
    );
    expect(message).toMatchObject({ kind: 'request', status: 'sent' });
    return { maria, ana, exploration, interview };
  }

  test('a sent request shows a follow-up in Today three business days later, gone after a reply', async () => {
    const { ana, exploration, interview } = await askedInterview();
    const listed = (await (
      await get(`/api/interviews?explorationId=${exploration.id}`)
    ).json()) as {
      items: { id: number; stage: string }[];
    };
    expect(listed.items).toEqual([expect.objectContaining({ id: interview.id, stage: 'asked' })]);

    const today = await get('/api/today?asOf=2026-03-05&timeZone=Europe/Berlin');
    expect(today.status).toBe(200);
    const agenda = (await today.json()) as { actions: Json[] };
    expect(agenda.actions[0]).toMatchObject({
      id: `ask_second_person:${interview.id}:2026-03-02:3`,
      kind: 'ask_second_person',
      due: '2026-03-05',
      interviewId: interview.id,
      personId: ana.id,
      reason: expect.stringContaining('Ana Silva') as unknown,
    });
    expect(agenda.actions.map((a) => a.kind)).toContain('follow_up');

    const reply = await created(
      await post(`/api/interviews/${interview.id}/replies`, {
        receivedAt: '2026-03-04T10:00:00Z',
        sentiment: 'positive',
      }),
    );
    expect(reply).toMatchObject({ stage: 'agreed' });
    const after = (await (await get('/api/today?asOf=2026-03-05')).json()) as {
      actions: Json[];
    };
    expect(after.actions.map((a) => a.kind)).toEqual(['send_questions']);

    const detail = (await (await get(`/api/interviews/${interview.id}`)).json()) as {
      person: { name: string };
      explorations: { title: string }[];
      interactions: { kind: string }[];
    };
    expect(detail.person.name).toBe('Ana Silva');
    expect(detail.explorations.map((e) => e.title)).toEqual(['Public health']);
    expect(detail.interactions.map((i) => i.kind)).toEqual(
      expect.arrayContaining(['message_sent', 'message_received', 'stage_change']),
    );
  });

  test('counts interviews, yeses and conversations for the home screen', async () => {
    const summary = async () => (await (await get('/api/interviews/summary')).json()) as Json;
    expect(await summary()).toEqual({ interviews: 0, saidYes: 0, conversationsHeld: 0 });
    const { interview } = await askedInterview();
    expect(await summary()).toEqual({ interviews: 1, saidYes: 0, conversationsHeld: 0 });
    await created(
      await post(`/api/interviews/${interview.id}/replies`, {
        receivedAt: '2026-03-04T10:00:00Z',
        sentiment: 'positive',
      }),
    );
    expect(await summary()).toEqual({ interviews: 1, saidYes: 1, conversationsHeld: 0 });
  });

  test('counts a conversation held, and only the interviews of whoever asks', async () => {
    const { interview } = await askedInterview();
    const reply = await created<{ version: number }>(
      await post(`/api/interviews/${interview.id}/replies`, {
        receivedAt: '2026-03-04T10:00:00Z',
        sentiment: 'positive',
      }),
    );
    const held = await post(`/api/interviews/${interview.id}/stage`, {
      version: reply.version,
      stage: 'held',
    });
    expect(held.status).toBe(200);
    const summaryFrom = async (asker: TestApp) =>
      (await (await asker.request(`${ORIGIN}/api/interviews/summary`)).json()) as Json;
    expect(await summaryFrom(app)).toEqual({ interviews: 1, saidYes: 1, conversationsHeld: 1 });
    const theirs = createApp(await addOtherUser(ctx), { webRoot: null, version: 'test' });
    expect(await summaryFrom(theirs)).toEqual({ interviews: 0, saidYes: 0, conversationsHeld: 0 });
  });

  test('lists only the first actions of each status when asked, and counts them all', async () => {
    await askedInterview();
    type Agenda = { actions: { status: string }[]; counts: Record<string, number> };
    const all = (await (await get('/api/today?asOf=2026-03-11')).json()) as Agenda;
    const first = (await (await get('/api/today?asOf=2026-03-11&limit=1')).json()) as Agenda;
    const statuses = (agenda: Agenda) => agenda.actions.map((a) => a.status);
    // Overdue: the second person; today: the follow-up; coming up: closing as no reply.
    expect(statuses(all)).toEqual(['overdue', 'today', 'upcoming']);
    expect(all.counts).toEqual({ overdue: 1, today: 1, upcoming: 1 });
    const later = (await (await get('/api/today?asOf=2026-03-19&limit=1')).json()) as Agenda;
    expect(later.counts.overdue).toBe(3);
    expect(statuses(later)).toEqual(['overdue']);
    expect(first.counts).toEqual(all.counts);

    const bad = await get('/api/today?limit=0');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.issues).toEqual([
      expect.objectContaining({ path: 'limit', message: 'a whole number from 1 to 1000' }),
    ]);
  });

  test('stores decisions: a dismissed action leaves Today, a malformed decision is refused', async () => {
    const { interview } = await askedInterview();
    const id = `ask_second_person:${interview.id}:2026-03-02:3`;
    expect(
      await created(await post('/api/today/decisions', { actionId: id, decision: 'dismissed' })),
    ).toEqual({ actionId: id, decision: 'dismissed' });
    const agenda = (await (await get('/api/today?asOf=2026-03-05')).json()) as {
      actions: { id: string }[];
    };
    expect(agenda.actions.map((a) => a.id)).not.toContain(id);
    const bad = await post('/api/today/decisions', { actionId: id, decision: 'snoozed' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.issues?.map((i) => i.path)).toEqual(['until']);
  });

  test('answers 422 for a move the method forbids, 409 for a stale version and 404 for nothing', async () => {
    const { interview } = await askedInterview();
    const forbidden = await post(`/api/interviews/${interview.id}/stage`, {
      version: 2,
      stage: 'closed',
    });
    expect(forbidden.status).toBe(422);
    expect(((await forbidden.json()) as ErrorBody).error.code).toBe('invalid_transition');
    const stale = await post(`/api/interviews/${interview.id}/stage`, {
      version: 1,
      stage: 'agreed',
    });
    expect(stale.status).toBe(409);
    const moved = await post(`/api/interviews/${interview.id}/stage`, {
      version: 2,
      stage: 'agreed',
    });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({ stage: 'agreed', version: 3 });
    expect((await get('/api/interviews/999')).status).toBe(404);
    expect(
      (
        await post('/api/interviews/999/replies', {
          receivedAt: '2026-03-04T10:00:00Z',
          sentiment: 'later',
        })
      ).status,
    ).toBe(404);
    expect((await post('/api/interviews', { personId: 999 })).status).toBe(404);
  });

  test('a person’s later introducer reaches their open interview, and PATCH corrects one', async () => {
    const send = (method: string, path: string, body: unknown) =>
      app.request(`${ORIGIN}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const ben = await created<{ id: number; version: number }>(
      await post('/api/people', { name: 'Ben Ortiz' }),
    );
    const cleo = await created<{ id: number }>(await post('/api/people', { name: 'Cleo Park' }));
    const interview = await created<{ id: number }>(
      await post('/api/interviews', { personId: ben.id }),
    );
    const patched = await send('PATCH', `/api/people/${ben.id}`, {
      version: ben.version,
      introducedById: cleo.id,
    });
    expect(patched.status).toBe(200);
    const listed = (await (await get(`/api/interviews?personId=${ben.id}`)).json()) as {
      items: { introducer: { name: string } | null; version: number }[];
    };
    expect(listed.items.map((item) => item.introducer?.name)).toEqual(['Cleo Park']);
    const detail = async () =>
      (await (await get(`/api/interviews/${interview.id}`)).json()) as {
        introducer: { id: number; name: string } | null;
      };
    expect((await detail()).introducer).toEqual({ id: cleo.id, name: 'Cleo Park' });

    const self = await send('PATCH', `/api/interviews/${interview.id}`, {
      version: listed.items[0]!.version,
      introducedById: ben.id,
    });
    expect(self.status).toBe(400);
    expect(((await self.json()) as ErrorBody).error.issues?.map((i) => i.path)).toEqual([
      'introducedById',
    ]);
    const cleared = await send('PATCH', `/api/interviews/${interview.id}`, {
      version: listed.items[0]!.version,
      introducedById: null,
    });
    expect(cleared.status).toBe(200);
    expect(await cleared.json()).toMatchObject({ introducedById: null, followUpSentAt: null });
    // The interview's own introducer, though the person still names Cleo.
    expect((await detail()).introducer).toBeNull();
  });

  test('validates bodies and queries, naming each field', async () => {
    const noPerson = await post('/api/interviews', { stage: 'somewhere' });
    expect(noPerson.status).toBe(400);
    expect(((await noPerson.json()) as ErrorBody).error.issues?.map((i) => i.path).sort()).toEqual([
      'personId',
      'stage',
    ]);
    const badExploration = await post('/api/explorations', { title: '', kind: 'hobby' });
    expect(badExploration.status).toBe(400);
    const badInteraction = await post('/api/interactions', {
      personId: 1,
      kind: 'dance',
      at: 'yesterday',
    });
    expect(
      ((await badInteraction.json()) as ErrorBody).error.issues?.map((i) => i.path).sort(),
    ).toEqual(['at', 'kind']);
    expect((await get('/api/today?asOf=tomorrow')).status).toBe(400);
    expect((await get('/api/today?timeZone=Nowhere/Land')).status).toBe(400);
    expect((await get('/api/interviews?stage=limbo')).status).toBe(400);
  });

  test('an empty time zone is refused with what to write instead', async () => {
    const response = await get('/api/today?timeZone=');
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as {
      error: { issues: { path: string; message: string }[] };
    };
    expect(error.issues).toEqual([
      { path: 'timeZone', message: 'an IANA time zone such as Europe/Berlin' },
    ]);
  });

  test('a misspelt query field is named, not blamed on the body', async () => {
    const response = await get('/api/today?asof=2026-03-02&limit=5');
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as {
      error: { message: string; issues: { path: string; message: string }[] };
    };
    expect(error.issues).toEqual([
      { path: 'asof', message: 'not a field this takes; check its spelling or leave it out' },
    ]);
    expect(error.message).toContain('asof: not a field');
  });
});
