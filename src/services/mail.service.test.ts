import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { isAppError } from '#core/errors';
import { dropTestSchemas, openTestContext, testDatabases, addOtherUser } from '#testing/databases';
import { readMessage } from '#testing/mime';
import { closedPort, startTestSmtpServer, type TestSmtpServer } from '#testing/smtp';
import type { ServiceContext } from './context';
import { createInterview, getInterview } from './interview.service';
import {
  getMailSettings,
  interviewEml,
  removeMailSettings,
  saveMailSettings,
  sendInterviewMessage,
  sendTestMail,
} from './mail.service';
import { createPerson, deletePerson } from './person.service';
import { updateSettings } from './settings.service';

afterAll(dropTestSchemas);

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (e: unknown) => {
      if (!isAppError(e)) throw e;
      return e;
    },
  );

describe.each(testDatabases)('sending e-mail on $name', (database) => {
  let ctx: ServiceContext;
  let smtp: TestSmtpServer;
  beforeEach(async () => {
    ctx = await openTestContext(database);
    smtp = await startTestSmtpServer({ login: { user: 'jamie', pass: 's3cret-pass' } });
  });
  afterEach(async () => {
    await smtp.close();
    await ctx.db.close();
  });

  const settings = (overrides: object = {}) => ({
    host: '127.0.0.1',
    port: smtp.port,
    security: 'none',
    username: 'jamie',
    password: 's3cret-pass',
    fromName: 'Jamie Okoró',
    fromAddress: 'jamie@example.org',
    ...overrides,
  });

  async function interviewWithAna() {
    const maria = await createPerson(ctx, { name: 'Maria Lopez', emails: ['maria@example.org'] });
    const ana = await createPerson(ctx, {
      name: 'Zoë Silva',
      emails: ['zoe@acme.example', 'zoe.home@example.org'],
      introducedById: maria.id,
    });
    return createInterview(ctx, { personId: ana.id });
  }

  test('saves settings without ever showing the password, keeps it unless changed, and clears them', async () => {
    expect(await getMailSettings(ctx)).toMatchObject({ configured: false, passwordSet: false });
    const saved = await saveMailSettings(ctx, settings());
    expect(saved).toMatchObject({ configured: true, host: '127.0.0.1', passwordSet: true });
    expect(JSON.stringify(saved)).not.toContain('s3cret-pass');
    const { password: _omitted, ...withoutPassword } = settings({ fromName: 'Jamie' });
    expect(await saveMailSettings(ctx, withoutPassword)).toMatchObject({
      passwordSet: true,
      fromName: 'Jamie',
    });
    await sendTestMail(ctx); // still logs in with the kept password
    expect(await saveMailSettings(ctx, settings({ password: '' }))).toMatchObject({
      passwordSet: false,
    });
    const other = await addOtherUser(ctx);
    expect(await getMailSettings(other)).toMatchObject({ configured: false });
    await removeMailSettings(ctx);
    expect(await getMailSettings(ctx)).toMatchObject({ configured: false });
  });

  test('two first saves at once both succeed and leave one row', async () => {
    for (let round = 0; round < 5; round += 1) {
      const user = await addOtherUser(ctx);
      const saved = await Promise.all([
        saveMailSettings(user, settings({ fromName: 'First' })),
        saveMailSettings(user, settings({ fromName: 'Second' })),
      ]);
      expect(saved.map((view) => view.configured)).toEqual([true, true]);
      const rows = await ctx.db.kysely
        .selectFrom('mail_setting')
        .select('from_name')
        .where('owner_id', '=', user.userId)
        .execute();
      expect(rows).toHaveLength(1);
    }
  });

  test('refuses settings that cannot work, saying which field', async () => {
    const error = await failure(
      saveMailSettings(ctx, settings({ port: 70000, fromAddress: 'nope' })),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((i) => i.path).sort()).toEqual(['fromAddress', 'port']);
    expect(
      (await failure(saveMailSettings(ctx, settings({ host: 'smtp example' })))).issues?.[0]?.path,
    ).toBe('host');
  });

  test('a test message reaches the from address through the real server', async () => {
    await saveMailSettings(ctx, settings());
    expect(await sendTestMail(ctx)).toEqual({
      sentTo: 'jamie@example.org',
      message: 'A test message is on its way to jamie@example.org.',
    });
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]).toMatchObject({
      envelope: { from: 'jamie@example.org', to: ['jamie@example.org'] },
      user: 'jamie',
    });
  });

  test('sends a request to the person’s first address and records it like any sent message', async () => {
    await saveMailSettings(ctx, settings());
    const interview = await interviewWithAna();
    const body =
      'Hi Zoë,\n\nMaria Lopez suggested I reach out. Would you have 20 minutes?\n\nJamie';
    const message = await sendInterviewMessage(ctx, interview.id, {
      kind: 'request',
      subject: 'Maria López suggested I get in touch',
      body,
    });
    expect(message).toMatchObject({
      kind: 'request',
      channel: 'email',
      status: 'sent',
      sentAt: '2026-03-02T09:00:00.000Z',
    });
    const [mail] = smtp.received;
    expect(mail!.envelope).toEqual({ from: 'jamie@example.org', to: ['zoe@acme.example'] });
    const read = readMessage(mail!.raw);
    expect(read.headers.get('from')).toBe('Jamie Okoró <jamie@example.org>');
    expect(read.headers.get('to')).toBe('Zoë Silva <zoe@acme.example>');
    expect(read.headers.get('subject')).toBe('Maria López suggested I get in touch');
    expect(read.headers.has('x-unsent')).toBe(false);
    expect(read.body.replace(/\r\n/g, '\n').trimEnd()).toBe(body);
    const detail = await getInterview(ctx, interview.id);
    expect(detail.stage).toBe('asked');
    expect(detail.messages).toHaveLength(1);
    expect(detail.interactions.map((i) => i.kind)).toContain('message_sent');
  });

  test('an introduction request goes to the introducer; `to` overrides the address', async () => {
    await saveMailSettings(ctx, settings());
    const interview = await interviewWithAna();
    await sendInterviewMessage(ctx, interview.id, {
      kind: 'referral_intro_request',
      subject: 'Intro?',
      body: 'Hi Maria',
    });
    await sendInterviewMessage(ctx, interview.id, {
      kind: 'thank_you',
      body: 'Thank you',
      to: 'zoe.home@example.org',
    });
    expect(smtp.received.map((m) => m.envelope.to)).toEqual([
      ['maria@example.org'],
      ['zoe.home@example.org'],
    ]);
  });

  test('without settings, without an address, or refused: a clear error and nothing recorded', async () => {
    const interview = await interviewWithAna();
    const send = (body: object = {}) =>
      failure(sendInterviewMessage(ctx, interview.id, { kind: 'request', body: 'Hi', ...body }));
    expect((await send()).code).toBe('mail_not_configured');

    await saveMailSettings(ctx, settings({ password: 'wrong-pass' }));
    const refusedLogin = await send();
    expect(refusedLogin.code).toBe('mail_failed');
    expect(refusedLogin.message).toContain('did not accept the username and password');
    expect(refusedLogin.message).not.toContain('wrong-pass');

    await saveMailSettings(ctx, settings({ port: await closedPort() }));
    expect((await send()).message).toMatch(/^Nothing answered at 127\.0\.0\.1:\d+/);

    const lonely = await createPerson(ctx, { name: 'Bo Chen' });
    const withBo = await createInterview(ctx, { personId: lonely.id });
    const noAddress = await failure(
      sendInterviewMessage(ctx, withBo.id, { kind: 'request', body: 'Hi' }),
    );
    expect(noAddress).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('Bo Chen has no e-mail address'),
    });

    expect((await getInterview(ctx, interview.id)).messages).toEqual([]);
    expect(smtp.received).toEqual([]);
  });

  test('a message the server took but that could not be recorded is reported as sent, and logged', async () => {
    const interview = await interviewWithAna();
    // The person is deleted elsewhere while the server is taking the message.
    const server = new SMTPServer({
      logger: false,
      disabledCommands: ['STARTTLS', 'AUTH'],
      authOptional: true,
      onData(stream, _session, callback) {
        stream.resume();
        stream.on('end', () => {
          void deletePerson(ctx, interview.personId).then(() => callback());
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const logged: [string, Record<string, unknown> | undefined][] = [];
    const log = {
      ...ctx.log,
      error: (message: string, fields?: Record<string, unknown>) => logged.push([message, fields]),
    };
    try {
      const { port } = server.server.address() as AddressInfo;
      await saveMailSettings(ctx, settings({ port, username: '', password: '' }));
      const error = await failure(
        sendInterviewMessage({ ...ctx, log }, interview.id, { kind: 'request', body: 'Hi Zoë' }),
      );
      expect(error).toMatchObject({ code: 'not_found', details: { sent: true } });
      expect(error.message).toMatch(
        /^Your message went out to zoe@acme\.example, but Wayfinder could not record it \(.+\)\. Do not send it again/,
      );
      expect(logged).toEqual([
        ['message sent but not recorded', { interviewId: interview.id, code: 'not_found' }],
      ]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  test('a server that refuses the message: mail_failed with its reply, and nothing recorded', async () => {
    const refusing = await startTestSmtpServer({
      refuse: { code: 554, message: 'Message rejected as spam' },
    });
    try {
      await saveMailSettings(ctx, settings({ port: refusing.port, username: '', password: '' }));
      const interview = await interviewWithAna();
      const error = await failure(
        sendInterviewMessage(ctx, interview.id, { kind: 'request', body: 'Hi' }),
      );
      expect(error.code).toBe('mail_failed');
      expect(error.message).toContain('Message rejected as spam');
      expect((await getInterview(ctx, interview.id)).messages).toEqual([]);
    } finally {
      await refusing.close();
    }
  });

  test('an .eml draft is addressed like a send, from the mail settings when there are some', async () => {
    const interview = await interviewWithAna();
    const plain = await interviewEml(ctx, interview.id, {
      kind: 'request',
      subject: 'Hello',
      body: 'Hi Zoë',
    });
    expect(plain.fileName).toBe('request-to-zoe-silva.eml');
    const read = readMessage(plain.content);
    expect(read.headers.get('x-unsent')).toBe('1');
    expect(read.headers.get('to')).toBe('Zoë Silva <zoe@acme.example>');
    expect(read.headers.has('from')).toBe(false);
    await updateSettings(ctx, { profile: { name: 'Jamie O.', email: 'jamie.o@example.org' } });
    const fromProfile = await interviewEml(ctx, interview.id, { kind: 'request', body: 'Hi' });
    expect(readMessage(fromProfile.content).headers.get('from')).toBe(
      '"Jamie O." <jamie.o@example.org>',
    );
    await saveMailSettings(ctx, settings());
    const signed = await interviewEml(ctx, interview.id, {
      kind: 'introducer_thanks',
      body: 'Thanks',
    });
    expect(readMessage(signed.content).headers.get('from')).toBe('Jamie Okoró <jamie@example.org>');
    expect(signed.fileName).toBe('introducer-thanks-to-maria-lopez.eml');
    expect(smtp.received).toEqual([]);
  });
});
