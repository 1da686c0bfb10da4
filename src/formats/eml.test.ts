import { describe, expect, test } from 'vitest';
import { readMessage } from '#testing/mime';
import { buildEml } from './eml';

const body = `Hi Zoë,

Maria López suggested I reach out to you. I'm exploring UX research in healthcare — especially how teams work with patients, clinicians and the people who run hospital wards day to day, which is a long line that must be wrapped safely.

Would you have 20 minutes for a call? 🙂

Thank you,
Jamie Okoro`;

describe('.eml drafts', () => {
  test('open as an unsent draft with encoded names and subject and the body intact', async () => {
    const eml = await buildEml({
      from: { name: 'Jamie Okoró', address: 'jamie@example.org' },
      to: { name: 'Zoë Ångström', address: 'zoe@acme.example' },
      subject: 'Maria López suggested I get in touch — 20 minutes?',
      body,
      date: new Date('2026-03-02T09:00:00Z'),
    });
    const raw = eml.toString('latin1');
    // Nothing but ASCII on the wire, and no line longer than RFC 5322 allows.
    expect([...raw].every((c) => c.charCodeAt(0) < 128)).toBe(true);
    for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
    expect(raw).toMatch(/(^|\r\n)X-Unsent: 1\r\n/);
    const message = readMessage(eml);
    expect(message.headers.get('x-unsent')).toBe('1');
    expect(message.headers.get('subject')).toBe(
      'Maria López suggested I get in touch — 20 minutes?',
    );
    expect(message.headers.get('from')).toBe('Jamie Okoró <jamie@example.org>');
    expect(message.headers.get('to')).toBe('Zoë Ångström <zoe@acme.example>');
    expect(message.headers.get('date')).toBe('Mon, 02 Mar 2026 09:00:00 +0000');
    expect(message.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    // The message ends with the line break every MIME part ends with.
    expect(message.body.replace(/\r\n/g, '\n')).toBe(`${body}\n`);
  });

  test('without a From header the mail program fills in the account', async () => {
    const eml = await buildEml({
      to: { address: 'ana@acme.example' },
      body: 'Hi Ana',
      date: new Date('2026-03-02T09:00:00Z'),
    });
    const message = readMessage(eml);
    expect(message.headers.has('from')).toBe(false);
    expect(message.headers.get('to')).toBe('ana@acme.example');
  });
});
