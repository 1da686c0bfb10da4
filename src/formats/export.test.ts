import { describe, expect, test } from 'vitest';
import type { Person } from '#core/person';
import { parseContacts } from './import';
import { peopleToVcard } from './vcard-export';
import { peopleToCsv, WAYFINDER_CSV_COLUMNS } from './wayfinder-csv';

function person(overrides: Partial<Person>): Person {
  return {
    id: 1,
    version: 1,
    name: 'Ana Lima',
    organization: null,
    organizationId: null,
    title: null,
    location: null,
    emails: [],
    phones: [],
    linkedinUrl: null,
    relationship: null,
    introducedById: null,
    howMet: null,
    notes: null,
    tags: [],
    source: null,
    connectedOn: null,
    importedAt: null,
    archivedAt: null,
    createdAt: '2026-01-02T03:04:05.000Z',
    updatedAt: '2026-01-02T03:04:05.000Z',
    ...overrides,
  };
}

const people: Person[] = [
  person({
    id: 7,
    name: 'Zoë Ñúñez-O’Brien 🔸',
    organization: 'Acme; Research, Inc.',
    title: 'Head of UX, Health',
    location: 'Zürich, Switzerland',
    emails: ['zoe@acme.example', 'z.nunez@mail.example'],
    phones: ['+41 44 555 01 01', '(044) 555-0102 x7'],
    linkedinUrl: 'https://www.linkedin.com/in/zo%C3%AB-nunez',
    relationship: 'alumni',
    howMet: 'Alumni dinner, 2024; sat next to her',
    notes:
      '  Likes: coffee, cycling\nAsk about: "design ops"; research\\ops\n\n=SUM(A1) is not a formula\n',
    tags: ['mentor', 'health, tech', 'Starred'],
    source: 'linkedin import',
    connectedOn: '2024-10-09',
  }),
  person({
    id: 8,
    name: '=HYPERLINK("x")',
    phones: ['+1 555 0100'],
    tags: ["'quoted"],
    notes: "'starts with apostrophe",
  }),
  person({ id: 9, name: 'Bo', organization: 'A'.repeat(120), notes: 'é'.repeat(200) }),
];

const comparable = (value: Person) => ({
  name: value.name,
  organization: value.organization,
  title: value.title,
  emails: value.emails,
  phones: value.phones,
  linkedinUrl: value.linkedinUrl,
  location: value.location,
  notes: value.notes,
  tags: value.tags,
  relationship: value.relationship,
  howMet: value.howMet,
  source: value.source,
  connectedOn: value.connectedOn,
});

const readBack = (text: string) =>
  parseContacts(new TextEncoder().encode(text)).contacts.map(
    ({ line: _line, ...contact }) => contact,
  );

describe('vCard export', () => {
  const vcard = peopleToVcard(people);

  test('writes vCard 4.0 with CRLF, lines of at most 75 octets, and escaped text', () => {
    const lines = vcard.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCARD');
    expect(lines[1]).toBe('VERSION:4.0');
    expect(vcard.endsWith('END:VCARD\r\n')).toBe(true);
    expect(vcard.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = vcard.replace(/\r\n /g, '');
    expect(unfolded).toContain('ORG:Acme\\; Research\\, Inc.\r\n');
    expect(unfolded).toContain('EMAIL;PREF=1:zoe@acme.example\r\n');
    expect(unfolded).toContain('URL;TYPE=linkedin:https://www.linkedin.com/in/zo%C3%AB-nunez\r\n');
    expect(unfolded).toContain('CATEGORIES:mentor,health\\, tech,Starred\r\n');
    expect(unfolded).toContain('X-WAYFINDER-RELATIONSHIP:alumni\r\n');
    expect(unfolded).toContain('X-WAYFINDER-CONNECTED-ON:2024-10-09\r\n');
    expect(unfolded).toContain('REV:20260102T030405Z\r\n');
  });

  test('never folds inside a multi-byte character', () => {
    const decoded = new TextDecoder('utf-8', { fatal: true });
    for (const line of vcard.split('\r\n'))
      expect(() => decoded.decode(new TextEncoder().encode(line))).not.toThrow();
  });

  test('reads back into the same people', () => {
    expect(readBack(vcard)).toEqual(people.map(comparable));
  });
});

describe('Wayfinder CSV export', () => {
  const csv = peopleToCsv(people);

  test('has one header row naming every Person field, and a BOM for Excel', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const header = csv.slice(1, csv.indexOf('\r\n')).split(',');
    expect(header).toEqual([...WAYFINDER_CSV_COLUMNS]);
    expect(new Set(header)).toEqual(new Set(Object.keys(people[0]!)));
  });

  test('guards cells that a spreadsheet would run as formulas', () => {
    expect(csv).toContain(`'=HYPERLINK(""x"")`);
    expect(csv).toContain(`"'+41 44 555 01 01\n(044) 555-0102 x7"`);
  });

  test('reads back into the same people, notes with newlines, commas and quotes included', () => {
    const parsed = parseContacts(new TextEncoder().encode(csv));
    expect(parsed.format).toBe('wayfinder');
    expect(readBack(csv)).toEqual(people.map(comparable));
  });
});
