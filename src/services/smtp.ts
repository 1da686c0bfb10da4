import nodemailer from 'nodemailer';
import { AppError } from '#core/errors';
import type { MailSettingRow } from '#store/mail-settings.store';
import type { Logger } from './context';

// A send is a click in the web app: fail with a clear answer rather than hang.
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

type SmtpError = Error & { code?: string; responseCode?: number; response?: string };

/** Hands a composed message to the user's SMTP server; throws `mail_failed` in plain words. */
export async function deliver(
  settings: MailSettingRow,
  envelope: { from: string; to: string },
  raw: Buffer,
  log: Logger,
): Promise<void> {
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    ...(settings.username
      ? { auth: { user: settings.username, pass: settings.password ?? '' } }
      : {}),
    ...TIMEOUTS,
    logger: false,
    debug: false,
  });
  try {
    await transport.sendMail({ envelope, raw });
  } catch (error) {
    const failure = error as SmtpError;
    // Only the error's code and the server's reply code: nothing the user typed, no password.
    log.warn('mail not sent', { code: failure.code, responseCode: failure.responseCode });
    throw new AppError('mail_failed', scrub(explain(failure, settings), settings));
  } finally {
    transport.close();
  }
}

function explain(error: SmtpError, { host, port }: MailSettingRow): string {
  const said = error.response ? ` It said: “${error.response.trim()}”.` : '';
  const where = `${host}:${port}`;
  // A refused login's reply may echo the credentials it was sent, so it is never quoted.
  if (error.code === 'EAUTH' || error.responseCode === 535) {
    return `The mail server at ${where} did not accept the username and password. Check them in Settings; many providers need an app password here rather than your usual one.`;
  }
  switch (error.code) {
    case 'EDNS':
      return `No mail server called ${host} could be found. Check the host name in Settings.`;
    case 'ETIMEDOUT':
      return `The mail server at ${where} did not answer in time. Check the host, the port and your connection.`;
    case 'ETLS':
      return `A secure connection to ${where} could not be set up. Port 465 usually needs “TLS”, 587 “STARTTLS”.`;
    case 'ECONNECTION':
    case 'ESOCKET':
      return /ECONNREFUSED/.test(error.message)
        ? `Nothing answered at ${where}. Check the host and the port in Settings.`
        : `The connection to ${where} failed (${error.message}). Check the port and the security setting: 465 usually needs “TLS”, 587 “STARTTLS”.`;
    case 'EENVELOPE':
      return `The mail server refused the sender or the recipient.${said}`;
    default:
      return `The mail server refused the message.${said || ` (${error.message})`}`;
  }
}

/**
 * A server could echo what it was sent, so every form the password travelled in is removed
 * from an answer: as typed, inside the AUTH PLAIN token, and as AUTH LOGIN's base64 lines.
 */
function scrub(message: string, { username, password }: MailSettingRow): string {
  if (!password) return message;
  const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
  const secrets = [
    base64(`\0${username}\0${password}`),
    base64(`${username}\0${username}\0${password}`),
    base64(password),
    // base64 without its padding, as some servers print it
    base64(password).replace(/=+$/, ''),
    ...(username ? [base64(username)] : []),
    password,
  ];
  // Longest first, so a token is removed whole before a part of it could be.
  return [...new Set(secrets)]
    .filter((secret) => secret.length > 0)
    .sort((a, b) => b.length - a.length)
    .reduce((text, secret) => text.split(secret).join('••••'), message);
}
