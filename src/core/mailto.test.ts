import { describe, expect, test } from 'vitest';
import { MAILTO_SAFE_LENGTH, emlFileName, mailtoLink } from './mailto';

describe('mailto links', () => {
  test('encodes spaces, line breaks, non-ASCII and the characters that would end a field', () => {
    const { href, tooLong } = mailtoLink({
      to: 'ana.silva+work@acme.example',
      subject: 'Q&A? 20 minutes #1 at 100%',
      body: 'Hi Zoë,\nThanks & best.\r\nJamie',
    });
    expect(href).toBe(
      'mailto:ana.silva%2Bwork@acme.example?subject=Q%26A%3F%2020%20minutes%20%231%20at%20100%25' +
        '&body=Hi%20Zo%C3%AB%2C%0D%0AThanks%20%26%20best.%0D%0AJamie',
    );
    expect(tooLong).toBe(false);
    // What a mail program reads back is the text as typed, with CRLF line breaks.
    const url = new URL(href);
    const params = new URLSearchParams(url.search);
    expect(params.get('subject')).toBe('Q&A? 20 minutes #1 at 100%');
    expect(decodeURIComponent(href.split('body=')[1]!)).toBe('Hi Zoë,\r\nThanks & best.\r\nJamie');
  });

  test('leaves out an empty subject', () => {
    expect(mailtoLink({ to: 'a@b.example', body: 'Hi' }).href).toBe('mailto:a@b.example?body=Hi');
  });

  test('says when the link is too long to pass safely', () => {
    const long = mailtoLink({ to: 'a@b.example', body: 'word '.repeat(400) });
    expect(long.length).toBeGreaterThan(MAILTO_SAFE_LENGTH);
    expect(long.tooLong).toBe(true);
  });

  test('.eml file names say what the message is and whom it is for', () => {
    expect(emlFileName('request', 'Zoë Ångström')).toBe('request-to-zoe-angstrom.eml');
    expect(emlFileName('thank_you', '李娜')).toBe('thank-you-to.eml');
  });
});
