import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { detectFormat, parseContacts } from './import';

const REAL = path.resolve(import.meta.dirname, '../../../shared/fixtures/real/vcard');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(REAL, name)));
const parse = (name: string) => parseContacts(fixture(name), { fileName: name });
const bytes = (text: string) => new TextEncoder().encode(text);

describe('vCard fixtures', () => {
  test('decodes quoted-printable split by a soft break inside a Cyrillic character (Android 2.1)', () => {
    const parsed = parse('android-2.1-qp-softbreak_owncloud-contacts-807.vcf');
    expect(parsed).toMatchObject({ format: 'vcard', read: 1, skipped: [] });
    expect(parsed.contacts[0]).toMatchObject({
      line: 1,
      name: 'Митко Колчаков',
      phones: ['+12311111'],
      emails: [],
    });
  });

  test('reads six Android cards: bare params, QP soft breaks, photo, stray bytes, My Contacts dropped', () => {
    const parsed = parse('ez-vcard_John_Doe_ANDROID.vcf');
    expect(parsed).toMatchObject({ read: 6, skipped: [] });
    const [john, jane, third, fourth, bob, henry] = parsed.contacts;
    // No name at all: the address stands in for it.
    expect(john).toMatchObject({
      line: 1,
      name: 'john.doe@company.com',
      emails: ['john.doe@company.com'],
      tags: [],
    });
    expect(jane).toMatchObject({ line: 6, name: 'jane.doe@company.com' });
    expect(third).toMatchObject({ line: 11, name: 'Ñ Ñ Ñ Ñ Ñ', phones: ['123456789'] });
    expect(fourth).toMatchObject({
      line: 18,
      name: 'Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ',
      phones: ['123456', '234567', '3456789', '45678901'],
    });
    // Two NOTE properties are kept, one after the other.
    expect(fourth?.notes?.split('\n\n')).toHaveLength(2);
    expect(fourth?.notes).toMatch(/^Ñ Ñ Ñ Ñ Ñ Ñ Ñ ÑÑ Ñ/);
    // The QP-encoded "e-mail" is not an address and is dropped; the first ORG wins.
    expect(bob).toMatchObject({
      line: 36,
      name: 'Ñ Ñ Ñ Ñ',
      emails: ['bob@company.com'],
      organization: 'Ñ'.repeat(12),
    });
    expect(bob?.phones).toEqual(['123456']);
    expect(henry).toMatchObject({
      line: 71,
      name: 'ÑÑÑÑ',
      emails: ['henry@company.com'],
      organization: 'Ñ'.repeat(44),
    });
  });

  test('reads Gmail 3.0: escaped commas and colons, folded note, no stray backslashes', () => {
    const [john] = parse('ez-vcard_John_Doe_GMAIL.vcf').contacts;
    expect(john).toMatchObject({
      name: 'Mr. John Richter, James Doe Sr.',
      organization: 'IBM',
      title: 'Money Counter',
      emails: ['john.doe@ibm.com'],
      phones: ['905-555-1234', '905-666-1234'],
      linkedinUrl: null,
    });
    expect(john?.notes).toMatch(
      /^THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY/,
    );
    expect(john?.notes).toContain('BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY');
    expect(john?.notes).toMatch(/DAMAGE\.\nFavotire Color: Blue$/);
  });

  test('reads the iPhone card despite CR CR LF line ends and a 44 KB photo', () => {
    const parsed = parse('ez-vcard_John_Doe_IPHONE.vcf');
    expect(parsed).toMatchObject({ read: 1, skipped: [] });
    expect(parsed.contacts[0]).toEqual({
      line: 1,
      name: 'Mr. John Richter James Doe Sr.',
      organization: 'IBM', // first unit of ORG:IBM;Accounting
      title: 'Money Counter',
      emails: ['john.doe@ibm.com'],
      // type=pref first, then file order; itemN. grouped numbers included.
      phones: [
        '905-555-1234',
        '905-666-1234',
        '905-777-1234',
        '905-888-1234',
        '905-999-1234',
        '905-111-1234',
        '905-222-1234',
      ],
      linkedinUrl: null,
      location: 'New York, United States of America',
      notes: null,
      tags: [],
      relationship: null,
      connectedOn: null,
    });
  });

  test('reads the macOS card: two-space base64 indent, escaped comma in FN', () => {
    const [john] = parse('ez-vcard_John_Doe_MAC_ADDRESS_BOOK.vcf').contacts;
    expect(john).toMatchObject({
      name: 'Mr. John Richter,James Doe Sr.',
      organization: 'IBM',
      emails: ['john.doe@ibm.com'],
      location: 'New York, United States of America',
    });
    expect(john?.phones[0]).toBe('905-777-1234');
    expect(john?.notes).toMatch(/"AS IS"/);
  });

  test('reads Outlook 2007: QP note with unindented continuation lines, base64 key and photo ignored', () => {
    const parsed = parse('ez-vcard_outlook-2007.vcf');
    expect(parsed).toMatchObject({ read: 1, skipped: [] });
    expect(parsed.contacts[0]).toMatchObject({
      name: 'Mr. Michael Angstadt Jr.',
      organization: 'TheCompany',
      title: 'TheJobTitle',
      emails: ['mike.angstadt@gmail.com'],
      phones: ['(111) 555-1111', '(111) 555-2222', '(111) 555-4444', '(111) 555-3333'],
      location: 'New York, NY, USA',
      notes:
        "This is the NOTE field\t\nI assume it encodes this text inside a NOTE vCard type.\nBut I'm not sure because there's text formatting going on here.\nIt does not preserve the formatting",
    });
  });

  test('reads the RFC 6350 card: tel: URIs, quoted TYPE lists, PREF=1', () => {
    const [simon] = parse('ez-vcard_rfc6350-example.vcf').contacts;
    expect(simon).toMatchObject({
      name: 'Simon Perreault',
      organization: 'Viagenie',
      emails: ['simon.perreault@viagenie.ca'],
      phones: ['+1-418-656-9254 x102', '+1-418-262-6501'],
      location: 'Quebec, QC, Canada',
    });
  });

  test('reads the Google card whose N escapes a colon', () => {
    const file = fixture('google-3.0-escaped-colon_owncloud-contacts-774.vcf');
    expect(detectFormat(file)).toBe('vcard');
    expect(parseContacts(file).contacts[0]).toMatchObject({
      name: 'Z New Kni Bz Rp: Wr.no',
      phones: ['+919999999999'],
    });
  });
});

describe('vCard details', () => {
  test('takes LinkedIn from URL or X-SOCIALPROFILE, tags from CATEGORIES, and names from N when FN is missing', () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Lovelace;Ada;;;',
      'EMAIL;TYPE=work:ada@example.org',
      'EMAIL;TYPE=home,pref:ADA@home.example',
      'URL:https://example.org',
      'item1.URL:linkedin.com/in/ada-lovelace/',
      'item1.X-ABLabel:LinkedIn',
      'CATEGORIES:Mentors,Math\\, history,My Contacts',
      'ADR;TYPE=work:;;1 Main St;London;;;UK',
      'END:VCARD',
    ].join('\r\n');
    expect(parseContacts(bytes(card)).contacts[0]).toMatchObject({
      name: 'Ada Lovelace',
      emails: ['ADA@home.example', 'ada@example.org'],
      linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace',
      tags: ['Mentors', 'Math, history'],
      location: 'London, UK',
    });
  });

  test('reports a card cut off before END:VCARD and keeps the complete ones', () => {
    const text = 'BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Bo';
    const parsed = parseContacts(bytes(text));
    expect(parsed.read).toBe(2);
    expect(parsed.contacts.map((contact) => contact.name)).toEqual(['Ana']);
    expect(parsed.skipped).toEqual([
      { line: 5, reason: expect.stringMatching(/ends inside this card.*cut short/) },
    ]);
  });

  test('says so when a .vcf file has no complete card', () => {
    expect(() => parseContacts(bytes('BEGIN:VCARD\nVERSION:3.0\nFN:Bo\n'))).toThrow(
      /No contacts.*line 1.*END:VCARD/,
    );
    expect(() => parseContacts(bytes('hello'), { format: 'vcard' })).toThrow(/no vCard in it/);
  });
});
