/**
 * Mail clients and browsers cut or refuse mailto links somewhere past 2,000 characters (older
 * Outlook and Internet Explorer at 2,083); below this the whole message arrives.
 */
export const MAILTO_SAFE_LENGTH = 1900;

export type MailtoLink = { href: string; length: number; tooLong: boolean };

// encodeURIComponent writes spaces as %20 (never "+", which RFC 6068 does not decode), non-ASCII
// as UTF-8 percent-escapes, and escapes & ? # % = so text can never end a field early.
const encode = (value: string) => encodeURIComponent(value);

/** An RFC 6068 mailto: link that opens a new message in the user's mail program. */
export function mailtoLink({
  to,
  subject,
  body,
}: {
  to: string;
  subject?: string;
  body: string;
}): MailtoLink {
  // "@" may stay as it is in the address part; everything else that is not plain is escaped.
  const address = encode(to.trim()).replace(/%40/g, '@');
  const fields: string[] = [];
  if (subject) fields.push(`subject=${encode(subject.replace(/[\r\n]+/g, ' '))}`);
  // A line break in a mailto body is CRLF, whatever the text was typed with.
  fields.push(`body=${encode(body.replace(/\r\n|\r|\n/g, '\r\n'))}`);
  const href = `mailto:${address}?${fields.join('&')}`;
  return { href, length: href.length, tooLong: href.length > MAILTO_SAFE_LENGTH };
}

/** "request-to-ana-silva.eml": the kind of message and whom it is for, safe on every file system. */
export function emlFileName(kind: string, recipientName: string): string {
  const slug = `${kind}-to-${recipientName}`
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'message'}.eml`;
}
