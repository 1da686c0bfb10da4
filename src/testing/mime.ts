/**
 * A small reader of the messages we produce, written independently of nodemailer so tests do not
 * check nodemailer with itself: unfolded headers with RFC 2047 words decoded, and the text body
 * decoded from quoted-printable or base64.
 */
export type ReadMessage = { headers: Map<string, string>; rawHeaders: string; body: string };

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(
      /=\?([^?]+)\?([bq])\?([^?]*)\?=/gi,
      (_all, _charset: string, kind: string, text: string) =>
        kind.toLowerCase() === 'b'
          ? Buffer.from(text, 'base64').toString('utf8')
          : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i += 1) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

export function readMessage(raw: string | Buffer): ReadMessage {
  const text = raw.toString();
  const split = text.indexOf('\r\n\r\n');
  const rawHeaders = text.slice(0, split);
  const headers = new Map<string, string>();
  for (const line of rawHeaders.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), decodeWords(line.slice(colon + 1).trim()));
  }
  const encoded = text.slice(split + 4);
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  const body =
    encoding === 'base64'
      ? Buffer.from(encoded.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(encoded)
        : encoded;
  return { headers, rawHeaders, body };
}
