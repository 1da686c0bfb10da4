import { describe, expect, test } from 'vitest';
import { linkedinProfileKey, matchKeysOf, MatchIndex, personNameKey } from './contact-match';
import { planImport, type ExistingPerson, type IncomingContact } from './import-plan';

function contact(
  line: number,
  fields: Partial<IncomingContact> & { name: string },
): IncomingContact {
  return {
    line,
    organization: null,
    title: null,
    emails: [],
    phones: [],
    linkedinUrl: null,
    location: null,
    notes: null,
    tags: [],
    relationship: null,
    connectedOn: null,
    ...fields,
  };
}

function person(id: number, fields: Partial<ExistingPerson> & { name: string }): ExistingPerson {
  return {
    id,
    version: 1,
    organization: null,
    title: null,
    location: null,
    emails: [],
    phones: [],
    linkedinUrl: null,
    relationship: null,
    notes: null,
    tags: [],
    connectedOn: null,
    ...fields,
  };
}

describe('matching keys', () => {
  test('LinkedIn profiles compare by slug, however the address is written', () => {
    const key = 'in/zoe-martin-4a1b';
    expect(linkedinProfileKey('https://www.linkedin.com/in/zoe-martin-4a1b/')).toBe(key);
    expect(linkedinProfileKey('http://linkedin.com/in/Zoe-Martin-4a1b?trk=x')).toBe(key);
    expect(linkedinProfileKey('https://www.linkedin.com/in/zo%C3%AB-martin-4a1b')).toBe(key);
    expect(linkedinProfileKey('https://www.linkedin.com/company/acme')).toBeNull();
  });

  test('names ignore case, accents, spacing and nicknames in parentheses', () => {
    expect(personNameKey('José  (Pepe) García')).toBe(personNameKey('jose garcia'));
    expect(personNameKey('Ana-Lima')).toBe('ana lima');
  });

  test('the same name at the same organization matches, unless their LinkedIn profiles differ', () => {
    const index = new MatchIndex<string>();
    index.add(
      matchKeysOf({
        name: 'John Smith',
        organization: 'Acme Inc.',
        emails: [],
        linkedinUrl: 'linkedin.com/in/john-1',
      }),
      'first',
    );
    const same = { name: 'john smith', organization: 'ACME', emails: [] };
    expect(index.find(matchKeysOf({ ...same, linkedinUrl: null }))).toBe('first');
    expect(
      index.find(matchKeysOf({ ...same, linkedinUrl: 'linkedin.com/in/john-2' })),
    ).toBeUndefined();
    expect(
      index.find(
        matchKeysOf({ name: 'John Smith', organization: 'Globex', emails: [], linkedinUrl: null }),
      ),
    ).toBeUndefined();
  });
});

describe('planImport', () => {
  test('creates new people, updates changed ones and leaves the rest alone', () => {
    const existing = [
      person(1, {
        name: 'Ana Lima',
        organization: 'Acme',
        title: 'Designer',
        emails: ['ana@acme.example'],
        notes: 'my own note',
        tags: ['warm'],
      }),
      person(2, {
        name: 'Ben Okafor',
        linkedinUrl: 'https://www.linkedin.com/in/ben-okafor',
        organization: 'Globex',
        title: 'Nurse',
      }),
    ];
    const plan = planImport(existing, [
      contact(2, {
        name: 'Ana Lima',
        organization: 'Acme Inc.',
        title: 'Lead Designer',
        emails: ['ANA@acme.example'],
        notes: 'imported note',
        tags: ['linkedin'],
      }),
      contact(3, {
        name: 'Ben Okafor',
        linkedinUrl: 'https://linkedin.com/in/ben-okafor/',
        organization: 'globex',
        title: 'Nurse',
      }),
      contact(4, { name: 'Cleo Park', organization: 'Initech' }),
    ]);
    expect(plan.creates.map((c) => c.name)).toEqual(['Cleo Park']);
    expect(plan.unchanged).toEqual([{ line: 3, personId: 2 }]);
    expect(plan.updates).toHaveLength(1);
    // The title changed; the organization is the same one spelled differently; the user's note stays.
    expect(plan.updates[0]!.changes).toEqual({
      title: 'Lead Designer',
      tags: ['warm', 'linkedin'],
    });
  });

  test('merges rows that repeat a person within the file, keeping every e-mail and phone', () => {
    const plan = planImport(
      [],
      [
        contact(2, { name: 'Ana Lima', emails: ['ana@acme.example'] }),
        contact(3, { name: 'Someone', emails: ['x@y.example'] }),
        contact(4, {
          name: 'Ana Lima',
          emails: ['ana@acme.example', 'ana@home.example'],
          phones: ['+1 555 0100'],
        }),
      ],
    );
    expect(plan.duplicates).toEqual([{ line: 4, sameAsLine: 2 }]);
    expect(plan.creates).toHaveLength(2);
    expect(plan.creates[0]).toMatchObject({
      emails: ['ana@acme.example', 'ana@home.example'],
      phones: ['+1 555 0100'],
    });
  });

  test('a re-import of the same contacts changes nothing', () => {
    const incoming = [
      contact(2, {
        name: 'Ana',
        organization: 'Acme',
        title: 'Designer',
        emails: ['a@acme.example'],
        connectedOn: '2024-10-05',
      }),
    ];
    const stored = person(1, {
      name: 'Ana',
      organization: 'Acme',
      title: 'Designer',
      emails: ['a@acme.example'],
      connectedOn: '2024-10-05',
    });
    expect(planImport([stored], incoming)).toEqual({
      creates: [],
      updates: [],
      unchanged: [{ line: 2, personId: 1 }],
      duplicates: [],
    });
  });
});

describe('matching people who changed jobs', () => {
  test('an export without profiles or e-mails still finds someone by name and connection day', () => {
    const stored = person(1, {
      name: 'Laura Herzog',
      organization: 'Acme',
      connectedOn: '2021-03-04',
    });
    const plan = planImport(
      [stored],
      [contact(2, { name: 'Laura Herzog', organization: 'Globex', connectedOn: '2021-03-04' })],
    );
    expect(plan.updates).toEqual([
      expect.objectContaining({ changes: { organization: 'Globex' } }),
    ]);
  });
});

describe('two rows that are one known person', () => {
  test('become one update, and the later row counts as a repeat', () => {
    const ana = person(1, { name: 'Ana Ruiz', emails: ['work@acme.example', 'home@mail.example'] });
    const plan = planImport(
      [ana],
      [
        contact(2, { name: 'Ana Ruiz', emails: ['work@acme.example'], title: 'Engineer' }),
        contact(3, { name: 'Ana R.', emails: ['home@mail.example'], phones: ['+1 555 0100'] }),
      ],
    );
    expect(plan.duplicates).toEqual([{ line: 3, sameAsLine: 2 }]);
    expect(plan.updates).toEqual([
      expect.objectContaining({ line: 2, changes: { title: 'Engineer', phones: ['+1 555 0100'] } }),
    ]);
  });
});
