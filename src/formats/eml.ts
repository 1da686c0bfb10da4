import MailComposer from 'nodemailer/lib/mail-composer';

export type MailAddress = { name?: string | null; address: string };

export type OutgoingMail = {
  from?: MailAddress | null;
  /** Left out of a draft when unknown: the user types it in their mail program. */
  to: MailAddress | null;
  subject?: string | null;
  body: string;
  date: Date;
};

const recipient = ({ name, address }: MailAddress) => (name ? { name, address } : address);

/** The message as nodemailer composes it: plain UTF-8 text, encoded-word headers, CRLF. */
export function composeMail(mail: OutgoingMail, headers: Record<string, string> = {}) {
  return new MailComposer({
    ...(mail.from ? { from: recipient(mail.from) } : {}),
    ...(mail.to ? { to: recipient(mail.to) } : {}),
    subject: mail.subject ?? '',
    text: mail.body,
    date: mail.date,
    headers,
    newline: 'windows',
    // Everything comes from the user's own text: never let it name a file or a URL to read.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
}

/**
 * An RFC 5322 draft (.eml). `X-Unsent: 1` makes Outlook, Apple Mail and Thunderbird open it as
 * a new message ready to send rather than as one received.
 */
export function buildEml(mail: OutgoingMail): Promise<Buffer> {
  return composeMail(mail, { 'X-Unsent': '1' }).compile().build();
}
