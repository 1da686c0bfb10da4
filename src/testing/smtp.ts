import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = {
  envelope: { from: string; to: string[] };
  /** The login the client gave, when the server asked for one. */
  user: string | null;
  raw: Buffer;
};

export type TestSmtpServer = {
  port: number;
  received: ReceivedMail[];
  close(): Promise<void>;
};

export type TestSmtpOptions = {
  /** Require this login; any other is refused with 535. */
  login?: { user: string; pass: string };
  /** Refuse every message at the end of DATA with this reply. */
  refuse?: { code: number; message: string };
};

/** A real SMTP server on 127.0.0.1 and a random port, keeping what it receives. */
export async function startTestSmtpServer(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    logger: false,
    // Plain SMTP on loopback: the tests choose `security: "none"`.
    disabledCommands: options.login ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
    allowInsecureAuth: true,
    authOptional: !options.login,
    onAuth(auth, _session, callback) {
      const { login } = options;
      if (login && auth.username === login.user && auth.password === login.pass) {
        callback(null, { user: auth.username });
      } else {
        callback(
          Object.assign(new Error('Authentication credentials invalid'), { responseCode: 535 }),
        );
      }
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (options.refuse) {
          callback(
            Object.assign(new Error(options.refuse.message), {
              responseCode: options.refuse.code,
            }),
          );
          return;
        }
        received.push({
          envelope: {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
          },
          user: typeof session.user === 'string' ? session.user : null,
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A port on 127.0.0.1 where nothing listens, for "unreachable" tests. */
export async function closedPort(): Promise<number> {
  const server = await startTestSmtpServer();
  await server.close();
  return server.port;
}
