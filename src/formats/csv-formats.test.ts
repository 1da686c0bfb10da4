import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { detectFormat, parseContacts } from './import';

const REAL = path.resolve(import.meta.dirname, '../../../shared/fixtures/real');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(REAL, name)));
const bytes = (text: string) => new TextEncoder().encode(text);

describe('Google Contacts CSV', () => {
  test('reads the old layout: Cyrillic, ::: multi-values, * primary marker, system groups dropped', () => {
    const parsed = parseContacts(fixture('google-csv/google-csv-legacy_owncloud-contacts-785.csv'));
    expect(parsed).toMatchObject({ format: 'google', read: 2, skipped: [] });
    const [first, second] = parsed.contacts;
    expect(first).toMatchObject({
      line: 2,
      name: 'Имя Фамилия',
      emails: [],
      phones: ['+0 000 000-00-00', '+1 111 111-11-11'],
      tags: ['Название группы'],
    });
    expect(second).toMatchObject({
      line: 3,
      name: 'Name Surname',
      // "* Home" marks the second address as the primary one.
      emails: ['email2@example.com', 'email1@example.com'],
      phones: ['+2 222 222-22-22', '+3 333 333-33-33'],
      tags: ['Group name 1', 'Group name 2'],
      relationship: null,
    });
  });

  test("reads today's layout (First Name … Labels) with organization, title, website and address", () => {
    const header =
      'First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,Address 1 - Extended Address,Website 1 - Label,Website 1 - Value';
    const row =
      'Grace,Brewster,Hopper,,,,Rear Admiral,,Amazing Grace,,US Navy,Computer Scientist,,1906-12-09,"Met at the museum,\nsaid to call",,* myContacts ::: * Family ::: Mentors,Work,grace@navy.example,* Home,grace@home.example ::: gh@alt.example,Mobile,+1 555 0100,Work,,,Arlington,,VA,,USA,,Profile,https://www.linkedin.com/in/grace-hopper';
    const file = bytes(`\uFEFF${header}\r\n${row}\r\n`);
    expect(detectFormat(file)).toBe('google');
    const parsed = parseContacts(file);
    expect(parsed.contacts[0]).toEqual({
      line: 2,
      name: 'Grace Brewster Hopper',
      organization: 'US Navy',
      title: 'Computer Scientist',
      emails: ['grace@home.example', 'gh@alt.example', 'grace@navy.example'],
      phones: ['+1 555 0100'],
      linkedinUrl: 'https://www.linkedin.com/in/grace-hopper',
      location: 'Arlington, USA',
      notes: 'Met at the museum,\nsaid to call',
      tags: ['Mentors'],
      relationship: 'family',
      connectedOn: null,
    });
  });
});

describe('Outlook CSV', () => {
  // As Outlook 2016 writes it (abridged to the columns that matter, in Outlook's order).
  const header =
    '"First Name","Middle Name","Last Name","Title","Suffix","Company","Department","Job Title","Business Street","Business City","Business State","Business Postal Code","Business Country/Region","Home City","Business Fax","Business Phone","Business Phone 2","Home Phone","Mobile Phone","Categories","E-mail Address","E-mail Type","E-mail Display Name","E-mail 2 Address","E-mail 3 Address","Notes","Web Page"';
  const rows = [
    '"Nadia","","Okafor","Dr.","","Acme Health","Research","UX Researcher","1 Main St","Lagos","","","Nigeria","","","+234 1 555 0101","","","+234 80 555 0102","Mentors;Health","nadia@acme.example","SMTP","Nadia Okafor (nadia@acme.example)","nadia.o@mail.example","","Knows the hiring manager; prefers calls.","https://www.linkedin.com/in/nadia-okafor"',
    '"","","","","","Initech","","","","","","","","","","","","","","","","","","","","",""',
    '"Peter","","Gibbons","","","","","","","","","","","","","","","","","","EX:/O=INITECH/OU=EXCHANGE/CN=RECIPIENTS/CN=PGIBBONS","EX","","peter@initech.example","","",""',
  ];
  const file = bytes(`${header}\r\n${rows.join('\r\n')}\r\n`);

  test('is recognised, and Title (Dr.) stays out of the job title', () => {
    expect(detectFormat(file)).toBe('outlook');
    const parsed = parseContacts(file);
    expect(parsed).toMatchObject({ format: 'outlook', read: 3 });
    expect(parsed.contacts[0]).toEqual({
      line: 2,
      name: 'Nadia Okafor',
      organization: 'Acme Health',
      title: 'UX Researcher',
      emails: ['nadia@acme.example', 'nadia.o@mail.example'],
      phones: ['+234 80 555 0102', '+234 1 555 0101'],
      linkedinUrl: 'https://www.linkedin.com/in/nadia-okafor',
      location: 'Lagos, Nigeria',
      notes: 'Knows the hiring manager; prefers calls.',
      tags: ['Mentors', 'Health'],
      relationship: null,
      connectedOn: null,
    });
  });

  test('skips a row with no name or address, and drops Exchange X.500 "addresses"', () => {
    const parsed = parseContacts(file);
    expect(parsed.skipped).toEqual([{ line: 3, reason: 'no name or e-mail address' }]);
    expect(parsed.contacts[1]).toMatchObject({
      line: 4,
      name: 'Peter Gibbons',
      emails: ['peter@initech.example'],
    });
  });
});

describe('Thunderbird CSV', () => {
  test('reads the address book despite the trailing comma in its header', () => {
    const file = fixture('thunderbird-csv/thunderbird-csv_owncloud-contacts-1108.csv');
    expect(detectFormat(file)).toBe('thunderbird');
    expect(parseContacts(file)).toEqual({
      format: 'thunderbird',
      read: 1,
      skipped: [],
      contacts: [
        {
          line: 2,
          name: 'First Last',
          organization: null,
          title: null,
          emails: ['csv@import.com'],
          phones: [],
          linkedinUrl: null,
          location: null,
          notes: null,
          tags: [],
          relationship: null,
          connectedOn: null,
        },
      ],
    });
  });
});

describe('unknown and simple CSVs', () => {
  test('explains a header it does not know, once, and what to do', () => {
    const file = bytes('Product,Price,Qty\nPencil,1.20,3\n');
    expect(() => detectFormat(file)).toThrow(
      /header has none of the columns Wayfinder knows.*LinkedIn, Google, Outlook/,
    );
    expect(() => parseContacts(file)).toThrow(/header has none of the columns Wayfinder knows/);
  });

  test('reads a plain name/email/company sheet as the Wayfinder layout', () => {
    const parsed = parseContacts(
      bytes('Name,Email,Company,Title\nAna Lima,ana@example.com,Acme,Designer\n'),
    );
    expect(parsed.format).toBe('wayfinder');
    expect(parsed.contacts[0]).toMatchObject({
      name: 'Ana Lima',
      emails: ['ana@example.com'],
      organization: 'Acme',
      title: 'Designer',
    });
  });

  test('a forced format that does not fit gets a clear message', () => {
    const file = fixture('thunderbird-csv/thunderbird-csv_owncloud-contacts-1108.csv');
    expect(() => parseContacts(file, { format: 'google' })).toThrow(
      /does not match the google layout/,
    );
    expect(parseContacts(file, { format: 'thunderbird' }).contacts).toHaveLength(1);
  });

  test('a calendar file is named as such', () => {
    expect(() =>
      detectFormat(bytes('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n')),
    ).toThrow(/calendar file/);
  });
});
