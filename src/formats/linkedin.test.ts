import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { AppError } from '#core/errors';
import { detectFormat, parseContacts } from './import';
import { parseConnectedOn } from './linkedin';

const REAL = path.resolve(import.meta.dirname, '../../../shared/fixtures/real/linkedin');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(REAL, name)));
const bytes = (text: string) => new TextEncoder().encode(text);

describe('LinkedIn Connections.csv fixtures', () => {
  test('reads the 2024 export with its Notes preamble, emoji, tabs and percent-encoded slugs', () => {
    const parsed = parseContacts(fixture('Connections_2024-10_notes-preamble.csv'));
    expect(parsed.format).toBe('linkedin');
    expect(parsed.read).toBe(23);
    expect(parsed.contacts).toHaveLength(22);
    // The fully blank member row is reported, with its line, not dropped.
    expect(parsed.skipped).toEqual([
      { line: 24, reason: expect.stringContaining('no name, e-mail or profile URL') },
    ]);
    const [joe] = parsed.contacts;
    expect(joe).toEqual({
      line: 5,
      name: 'Joe Hallbeck',
      organization: 'Cakewalk',
      title: 'Founding SDR',
      emails: [],
      phones: [],
      linkedinUrl: 'https://www.linkedin.com/in/joe-hallbeck-000000001',
      location: null,
      notes: null,
      tags: [],
      relationship: 'linkedin',
      connectedOn: '2024-10-09',
    });
    const byName = new Map(parsed.contacts.map((contact) => [contact.name, contact]));
    expect(byName.get('Igor Rudakov')?.line).toBe(18); // "Igor\t" in the file
    expect(byName.get('Alana Horowitz Fein🔸')?.linkedinUrl).toBe(
      'https://www.linkedin.com/in/alana-horowitz-fein%F0%9F%94%B8-00000009',
    );
    expect(byName.get('Désirée van Amerongen')?.organization).toBe('Zesty');
    expect(byName.get('Oleksandr Romanenko')?.emails).toEqual(['oleksandr.r@example.com']);
    expect(byName.get('Daphne Mwangi')).toMatchObject({
      emails: ['daphne.m@example.net'],
      connectedOn: '2024-02-27',
    });
    expect(byName.get('Kenneth Schouten')).toMatchObject({
      organization: 'Reinsurance Group of America, Incorporated',
      title: 'Vice President, Ventures & Partnerships',
    });
    expect(byName.get('Sudhanshu 🔸 Kashyap')?.organization).toBe('80,000 Hours');
    expect(byName.get('Vicky Papadimitriou')?.organization).toBe('ΔΠΜΣ Ζώα: Ηθική, Δίκαιο, Ευζωία');
    expect(byName.get('Ella Bader')?.title).toBe(
      'Project employee in the funding project "Fab.Region Bergisches Städtedreieck"',
    );
    expect(byName.get('Dr. Diana Otieno')?.title).toBe('Case and Claims Manager'); // trailing space gone
    expect(byName.get('Lutz Osterkamp')).toMatchObject({
      organization: null,
      title: null,
      connectedOn: '2022-03-02',
    });
    expect(parsed.contacts.at(-1)).toMatchObject({
      line: 27,
      name: 'Wei Zhang',
      connectedOn: '2013-07-13',
    });
  });

  test('reads the 2018 layout: no URL, "M/D/YY, h:mm AM" dates, and drops urn:li:member ids', () => {
    const parsed = parseContacts(fixture('Connections_2018-11_legacy-no-url.csv'));
    expect(parsed).toMatchObject({ format: 'linkedin', read: 10, skipped: [] });
    expect(parsed.contacts[0]).toMatchObject({
      line: 2,
      name: 'Claus Berg',
      organization: 'ApproveIT',
      title: 'Owner',
      emails: ['claus.berg@example.dk'],
      linkedinUrl: null,
      connectedOn: '2018-01-08',
    });
    const names = parsed.contacts.map((contact) => contact.name);
    expect(names).toContain('shailja mehta');
    expect(names).toContain('AYUSH AGRAWAL');
    expect(names).toContain('Meekha E . Sam');
    expect(names).toContain('Nguyễn Xuân Chinh');
    const vaibhav = parsed.contacts.find((contact) => contact.name === 'Vaibhav Bhalla');
    expect(vaibhav?.organization).toBe('The Startup Edge-Entrepreneurship Cell, Ramjas College.');
    expect(vaibhav?.connectedOn).toBe('2017-05-15');
    const yugam = parsed.contacts.find((contact) => contact.name === 'Yugam Parmar');
    expect(yugam).toMatchObject({ emails: [], connectedOn: '2018-08-18', line: 11 });
  });

  test('infers the 6-column layout of a headerless file and unwraps rows Excel wrapped in quotes', () => {
    const file = fixture('Connections_2021-06_headerless_excel-wrapped-rows.csv');
    expect(detectFormat(file)).toBe('linkedin');
    const parsed = parseContacts(file);
    expect(parsed).toMatchObject({ format: 'linkedin', read: 15, skipped: [] });
    expect(parsed.contacts[0]).toMatchObject({
      line: 1,
      name: 'Raoul Ortega',
      organization: 'Capgemini',
      title: 'Lead Business Analyst',
      connectedOn: '2021-06-11',
    });
    expect(parsed.contacts[2]).toMatchObject({
      line: 3,
      name: 'Laura Herzog',
      organization: 'Interhyp Gruppe',
      title: 'Digital Products & Technology, Working Student',
      connectedOn: '2021-05-07',
    });
    const byName = new Map(parsed.contacts.map((contact) => [contact.name, contact]));
    expect(byName.get('Volkmar Hinterberger')?.title).toBe(
      'Geschäftsführer, Wirtschaftsprüfer & Steuerberater',
    );
    expect(byName.get('Galina Tretjakova')?.organization).toBe('Café Roma, Maximilienstr. 33');
    expect(byName.get('Serena Capriati, MBA')?.organization).toBe('IABG');
    expect(byName.get('Nikolay Nenkov')).toMatchObject({
      organization: 'Curtis Instruments, Inc.',
      connectedOn: '2014-04-11',
    });
    expect(byName.get('Jil Kathrin Lorenz (文竹)')?.line).toBe(11);
  });

  test('explains that an Excel copy without name columns has no one to import', () => {
    const file = fixture('Connections_2021-11_excel-resaved_names-removed.csv');
    expect(detectFormat(file)).toBe('linkedin');
    expect(() => parseContacts(file)).toThrow(/no name, e-mail or profile URL column.*fresh copy/);
  });

  test('reads Excel-resaved dates and padding once the name columns are present', () => {
    // The same file as LinkedIn wrote it before the names were deleted: add them back.
    const text = new TextDecoder().decode(
      fixture('Connections_2021-11_excel-resaved_names-removed.csv'),
    );
    const lines = text.split('\r\n');
    const restored = lines
      .map((line, index) => {
        if (index < 3) return `${line},,`;
        if (index === 3) return `First Name,Last Name,${line}`;
        return line ? `Person,Number ${index},${line}` : line;
      })
      .join('\r\n');
    const parsed = parseContacts(bytes(restored));
    expect(parsed.contacts[0]).toMatchObject({
      line: 5,
      name: 'Person Number 4',
      organization: 'TalentQuest Recruitment',
      title: 'Recruitment Consultant',
      connectedOn: '2021-11-23',
    });
    const scotiabank = parsed.contacts.find((contact) => contact.organization === 'Scotiabank');
    expect(scotiabank?.connectedOn).toBe('2021-01-02');
    const hotels = parsed.contacts.find((contact) =>
      contact.organization?.startsWith('The Hongkong'),
    );
    expect(hotels).toMatchObject({
      organization: 'The Hongkong and Shanghai Hotels, Limited',
      connectedOn: '2020-04-02',
    });
    expect(parsed.skipped).toEqual([]);
  });

  test('refuses Invitations.csv and points to Connections.csv', () => {
    const file = fixture('Invitations_2026-02_7col.csv');
    expect(() => detectFormat(file)).toThrow(/Invitations\.csv.*pick Connections\.csv/);
    expect(() => parseContacts(file)).toThrow(AppError);
  });
});

describe('LinkedIn dates', () => {
  test.each([
    ['09 Oct 2024', '2024-10-09'],
    ['5 Feb 2024', '2024-02-05'],
    ['23-Nov-21', '2021-11-23'],
    ['2-Jan-21', '2021-01-02'],
    ['1/8/18, 6:14 PM', '2018-01-08'],
    ['11/17/17, 9:40 PM', '2017-11-17'],
    ['12/24/2017', '2017-12-24'],
    ['2024-10-09', '2024-10-09'],
    ['Oct 9, 2024', '2024-10-09'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseConnectedOn(text)).toBe(iso);
  });

  test.each(['', 'yesterday', '31 Feb 2024', '13/1/20', '00 Jan 2020'])(
    'leaves %j empty',
    (text) => {
      expect(parseConnectedOn(text)).toBeNull();
    },
  );
});

describe('a full-size export', () => {
  test('reads 30,000 connections, every one, with lines and dates', () => {
    const header =
      'Notes:\n"When exporting…"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
    const rows = Array.from(
      { length: 30000 },
      (_, index) =>
        `Person${index},"Surname, ${index}",https://www.linkedin.com/in/person-${index},${index % 10 === 0 ? `p${index}@example.com` : ''},"Company ${index % 500}, Inc.",Engineer ${index % 7},${String((index % 28) + 1).padStart(2, '0')} Mar 2023`,
    );
    const parsed = parseContacts(bytes(header + rows.join('\n')));
    expect(parsed.read).toBe(30000);
    expect(parsed.contacts).toHaveLength(30000);
    expect(parsed.contacts[29999]).toMatchObject({
      line: 30004,
      name: 'Person29999 Surname, 29999',
      organization: 'Company 499, Inc.',
      connectedOn: '2023-03-12',
    });
    expect(parsed.contacts[10]?.emails).toEqual(['p10@example.com']);
  });
});

describe('placeholder cells', () => {
  test('a company of "-" or "n/a" is no organization', () => {
    const csv =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nHendrik,Groeneveld,,, -,Looking for new job,01 Jan 2024\nAna,Lima,,,n/a,--,02 Jan 2024';
    const parsed = parseContacts(new TextEncoder().encode(csv));
    expect(parsed.contacts.map((c) => [c.name, c.organization, c.title])).toEqual([
      ['Hendrik Groeneveld', null, 'Looking for new job'],
      ['Ana Lima', null, null],
    ]);
  });
});
