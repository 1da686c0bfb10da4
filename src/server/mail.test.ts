import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { dropTestSchemas, testDatabases } from '#testing/databases';
import { openTestApp, TEST_ORIGIN as ORIGIN } from '#testing/http';
import { readMessage } from '#testing/mime';
import { startTestSmtpServer, type TestSmtpServer } from '#testing/smtp';
import type { ServiceContext } from '#services/context';

afterAll(dropTestSchemas);

type ErrorBody = { error: { code: string; message: string; issues?: { path: string }[] } };

describe.each(testDatabases)('sending over HTTP on $name', (database) => {
  let ctx: ServiceContext;
  let app: Awaited<ReturnType<typeof openTestApp>>['app'];
  let smtp: TestSmtpServer;
  beforeEach(async () => {
    ({ ctx, app } = await openTestApp(database));
    smtp = await startTestSmtpServer({ login: { user: 'jamie', pass: 'hunter2-secret' } });
  });
  afterEach(async () => {
    await smtp.close();
    await ctx.db.close();
  });

  const call = (method: string, path: string, body?: unknown) =>
    app.request(`${ORIGIN}${path}`, {
      method,
      ...(body === undefined
        ? {}
        : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
  const json = async <T>(response: Response, status: number): Promise<T> => {
    expect(response.status).toBe(status);
    return (await response.json()) as T;
  };
  const settings = (port = smtp.port) => ({
    host: '127.0.0.1',
    port,
    security: 'none',
    username: 'jamie',
    password: 'hunter2-secret',
    fromName: 'Jamie Okoro',
    fromAddress: 'jamie@example.org',
  });

  async function interview(emails = ['ana@acme.example']) {
    const ana = await json<{ id: number }>(
      await call('POST', '/api/people', { name: 'Ana Silva', emails }),
      201,
    );
    return json<{ id: number }>(await call('POST', '/api/interviews', { personId: ana.id }), 201);
  }

  test('settings: saved, shown without the password, tested, removed', async () => {
    expect(await json(await call('GET', '/api/settings/mail'), 200)).toMatchObject({
      configured: false,
    });
    expect(
      (await json<ErrorBody>(await call('POST', '/api/settings/mail/test'), 409)).error.code,
    ).toBe('mail_not_configured');
    const invalid = await json<ErrorBody>(
      await call('PUT', '/api/settings/mail', { ...settings(), port: 0, host: '' }),
      400,
    );
    expect(invalid.error.issues?.map((i) => i.path).sort()).toEqual(['host', 'port']);
    const saved = await call('PUT', '/api/settings/mail', settings());
    const text = await saved.text();
    expect(saved.status).toBe(200);
    expect(text).not.toContain('hunter2');
    expect(JSON.parse(text)).toMatchObject({
      configured: true,
      passwordSet: true,
      port: smtp.port,
    });
    expect(await json(await call('POST', '/api/settings/mail/test'), 200)).toMatchObject({
      sentTo: 'jamie@example.org',
    });
    expect(smtp.received).toHaveLength(1);
    expect((await call('DELETE', '/api/settings/mail')).status).toBe(204);
    expect(await json(await call('GET', '/api/settings/mail'), 200)).toMatchObject({
      configured: false,
    });
  });

  test('send: delivers to the person, records the message and moves the interview to asked', async () => {
    await call('PUT', '/api/settings/mail', settings());
    const { id } = await interview();
    const message = await json<{ kind: string; channel: string; subject: string }>(
      await call('POST', `/api/interviews/${id}/send`, {
        kind: 'request',
        subject: 'Twenty minutes?',
        body: 'Hi Ana,\n\nWould you have 20 minutes?\n\nJamie',
      }),
      201,
    );
    expect(message).toMatchObject({
      kind: 'request',
      channel: 'email',
      subject: 'Twenty minutes?',
    });
    expect(smtp.received[0]!.envelope).toEqual({
      from: 'jamie@example.org',
      to: ['ana@acme.example'],
    });
    const read = readMessage(smtp.received[0]!.raw);
    expect(read.headers.get('subject')).toBe('Twenty minutes?');
    expect(read.body).toContain('Would you have 20 minutes?');
    const detail = await json<{ stage: string; messages: unknown[] }>(
      await call('GET', `/api/interviews/${id}`),
      200,
    );
    expect(detail.stage).toBe('asked');
    expect(detail.messages).toHaveLength(1);
  });

  test('send: 409 without settings, 400 without an address, 502 when refused — nothing recorded', async () => {
    const { id } = await interview();
    const send = () => call('POST', `/api/interviews/${id}/send`, { kind: 'request', body: 'Hi' });
    expect((await json<ErrorBody>(await send(), 409)).error.code).toBe('mail_not_configured');

    const refusing = await startTestSmtpServer({
      refuse: { code: 550, message: 'Mailbox unavailable' },
    });
    try {
      await call('PUT', '/api/settings/mail', { ...settings(refusing.port), username: '' });
      const refused = await json<ErrorBody>(await send(), 502);
      expect(refused.error.code).toBe('mail_failed');
      expect(refused.error.message).toContain('Mailbox unavailable');
    } finally {
      await refusing.close();
    }
    const noEmail = await interview([]);
    const missing = await json<ErrorBody>(
      await call('POST', `/api/interviews/${noEmail.id}/send`, { kind: 'request', body: 'Hi' }),
      400,
    );
    expect(missing.error.message).toContain('Ana Silva has no e-mail address');
    expect(
      (await call('POST', '/api/interviews/999/send', { kind: 'request', body: 'Hi' })).status,
    ).toBe(404);
    const detail = await json<{ messages: unknown[] }>(
      await call('GET', `/api/interviews/${id}`),
      200,
    );
    expect(detail.messages).toEqual([]);
  });

  test('eml: a message/rfc822 download named after the kind and the person', async () => {
    const { id } = await interview();
    const response = await call('POST', `/api/interviews/${id}/eml`, {
      kind: 'request',
      subject: 'Ça va ?',
      body: 'Hi Ana',
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('message/rfc822');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="request-to-ana-silva.eml"',
    );
    const read = readMessage(Buffer.from(await response.arrayBuffer()));
    expect(read.headers.get('subject')).toBe('Ça va ?');
    expect(read.headers.get('x-unsent')).toBe('1');
  });
});
