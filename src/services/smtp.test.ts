import net, { type AddressInfo } from 'node:net';
import { afterEach, describe, expect, test } from 'vitest';
import type { MailSettingRow } from '#store/mail-settings.store';
import type { Logger } from './context';
import { deliver } from './smtp';

const USER = 'ana@example.org';
const PASSWORD = 's3cret-Pässword!';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
const PLAIN_TOKEN = b64(`\0${USER}\0${PASSWORD}`);

type Echo = {
  /** Mechanisms the server offers. */
  auth: 'PLAIN' | 'LOGIN';
  /** Refuse the login (535) instead of accepting it. */
  refuseLogin: boolean;
};

/**
 * A careless SMTP server that repeats what it was sent: in its 535 on a refused login, and in
 * its refusal of the sender after an accepted one. smtp-server never echoes, so this speaks the
 * few commands nodemailer sends by hand.
 */
async function echoingServer(echo: Echo): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    const heard: string[] = [];
    let step: 'command' | 'login-user' | 'login-pass' = 'command';
    const reply = (line: string) => socket.write(`${line}\r\n`);
    const afterAuth = () =>
      echo.refuseLogin ? reply(`535 5.7.8 Bad credentials: ${heard.join(' ')}`) : reply('235 OK');
    reply('220 echo.test ESMTP');
    let buffer = '';
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (step === 'login-user') {
          heard.push(line);
          step = 'login-pass';
          reply('334 UGFzc3dvcmQ6');
        } else if (step === 'login-pass') {
          heard.push(line);
          step = 'command';
          afterAuth();
        } else if (/^EHLO/i.test(line)) {
          reply('250-echo.test');
          reply(`250 AUTH ${echo.auth}`);
        } else if (/^AUTH PLAIN /i.test(line)) {
          heard.push(line.slice('AUTH PLAIN '.length));
          afterAuth();
        } else if (/^AUTH LOGIN$/i.test(line)) {
          step = 'login-user';
          reply('334 VXNlcm5hbWU6');
        } else if (/^MAIL FROM/i.test(line)) {
          reply(`550 5.7.1 Sender not allowed for session ${heard.join(' ')} (${PASSWORD})`);
        } else if (/^QUIT/i.test(line)) {
          reply('221 Bye');
          socket.end();
        } else reply('250 OK');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('SMTP errors never show the password', () => {
  let close: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await close?.();
    close = undefined;
  });

  const logged: unknown[] = [];
  const log: Logger = {
    info: (...args) => logged.push(args),
    warn: (...args) => logged.push(args),
    error: (...args) => logged.push(args),
  };

  const secrets = [PASSWORD, PLAIN_TOKEN, b64(PASSWORD), b64(PASSWORD).replace(/=+$/, '')];
  const expectNoSecret = (text: string) => {
    for (const secret of secrets) expect(text).not.toContain(secret);
  };

  async function failureSending(echo: Echo): Promise<string> {
    const server = await echoingServer(echo);
    close = server.close;
    const settings: MailSettingRow = {
      host: '127.0.0.1',
      port: server.port,
      security: 'none',
      username: USER,
      password: PASSWORD,
      fromName: 'Ana',
      fromAddress: USER,
      updatedAt: '2026-03-02T09:00:00.000Z',
    };
    const raw = Buffer.from('Subject: hi\r\n\r\nHello\r\n');
    const error = await deliver(settings, { from: USER, to: 'bo@example.org' }, raw, log).then(
      () => undefined,
      (failure: unknown) => failure as { code: string; message: string },
    );
    expect(error?.code).toBe('mail_failed');
    // The log carries codes only, never what the server said.
    expectNoSecret(JSON.stringify(logged.splice(0)));
    return error!.message;
  }

  test('a refused login says what to check and never quotes the reply', async () => {
    const message = await failureSending({ auth: 'PLAIN', refuseLogin: true });
    expect(message).toMatch(
      /^The mail server at 127\.0\.0\.1:\d+ did not accept the username and password\. Check them in Settings/,
    );
    expect(message).not.toMatch(/said|Bad credentials/);
    expectNoSecret(message);
  });

  test('a reply quoted after an AUTH PLAIN login has the token scrubbed', async () => {
    const message = await failureSending({ auth: 'PLAIN', refuseLogin: false });
    expect(message).toMatch(/Sender not allowed for session •••• \(••••\)/);
    expectNoSecret(message);
  });

  test('a reply quoted after an AUTH LOGIN login has the user and password lines scrubbed', async () => {
    const message = await failureSending({ auth: 'LOGIN', refuseLogin: false });
    expect(message).toMatch(/Sender not allowed for session •••• •••• \(••••\)/);
    expectNoSecret(message);
    expect(message).not.toContain(b64(USER));
  });
});
