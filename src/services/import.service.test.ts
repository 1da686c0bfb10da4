import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { isAppError } from '#core/errors';
import { dropTestSchemas, openTestContext, testDatabases } from '#testing/databases';
import type { ServiceContext } from './context';
import { PersonInputSchema } from '#core/person';
import { parseContacts } from '#formats/import';
import { importContacts, toIncoming, toPersonInput } from './import.service';
import { getPerson, listPeople, updatePerson } from './person.service';

const fixtures = path.resolve(import.meta.dirname, '../../../shared/fixtures/real');
const linkedin2024 = fs.readFileSync(
  path.join(fixtures, 'linkedin/Connections_2024-10_notes-preamble.csv'),
);
const encoder = new TextEncoder();

function connectionsCsv(rows: string[]): Uint8Array {
  return encoder.encode(
    ['First Name,Last Name,URL,Email Address,Company,Position,Connected On', ...rows].join('\n'),
  );
}

afterAll(dropTestSchemas);

describe.each(testDatabases)('importing contacts on $name', (database) => {
  let ctx: ServiceContext;
  beforeEach(async () => {
    ctx = await openTestContext(database);
  });
  afterEach(async () => {
    await ctx.db.close();
  });

  test('previews a LinkedIn export without writing anything, then imports it', async () => {
    const preview = await importContacts(ctx, linkedin2024, { dryRun: true });
    expect(preview).toMatchObject({ format: 'linkedin', dryRun: true, updated: 0, unchanged: 0 });
    expect(preview.read).toBe(preview.created + preview.duplicates + preview.skipped.length);
    expect(preview.created).toBeGreaterThan(15);
    expect(preview.newPeople[0]).toMatchObject({
      name: 'Joe Hallbeck',
      organization: 'Cakewalk',
      title: 'Founding SDR',
    });
    expect((await listPeople(ctx, {})).items).toHaveLength(0);

    const done = await importContacts(ctx, linkedin2024);
    expect(done).toMatchObject({
      created: preview.created,
      skipped: preview.skipped,
      dryRun: false,
    });
    const joe = (await listPeople(ctx, { q: 'hallbeck' })).items[0]!;
    expect(joe).toMatchObject({
      name: 'Joe Hallbeck',
      organization: 'Cakewalk',
      title: 'Founding SDR',
      linkedinUrl: 'https://www.linkedin.com/in/joe-hallbeck-000000001',
      relationship: 'linkedin',
      source: 'linkedin',
      connectedOn: '2024-10-09',
      importedAt: '2026-03-02T09:00:00.000Z',
    });
  });

  test('re-importing the same file creates no one and changes nothing', async () => {
    const first = await importContacts(ctx, linkedin2024);
    const again = await importContacts(ctx, linkedin2024);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: first.created });
    expect((await listPeople(ctx, { limit: 200 })).items).toHaveLength(first.created);
  });

  test('a newer export updates titles and employers but keeps the notes and tags you wrote', async () => {
    await importContacts(
      ctx,
      connectionsCsv([
        'Ana,Lima,https://www.linkedin.com/in/ana-lima,,Acme,Designer,05 Jan 2024',
        'Ben,Okafor,https://www.linkedin.com/in/ben-okafor,,Globex,Nurse,06 Jan 2024',
      ]),
    );
    const ana = (await listPeople(ctx, { q: 'ana lima' })).items[0]!;
    await updatePerson(ctx, ana.id, {
      version: ana.version,
      notes: 'Asked about research ops',
      tags: ['warm'],
    });

    const newer = await importContacts(
      ctx,
      connectionsCsv([
        'Ana,Lima,https://www.linkedin.com/in/ana-lima/,,Initech,Lead Designer,05 Jan 2024',
        'Ben,Okafor,https://www.linkedin.com/in/ben-okafor,,Globex,Nurse,06 Jan 2024',
        'Cleo,Park,https://www.linkedin.com/in/cleo-park,,Hooli,Engineer,07 Jan 2024',
      ]),
    );
    expect(newer).toMatchObject({ created: 1, updated: 1, unchanged: 1 });
    expect(newer.changedPeople).toEqual([
      expect.objectContaining({ name: 'Ana Lima', fields: ['title', 'organization'] }),
    ]);
    expect(await getPerson(ctx, ana.id)).toMatchObject({
      organization: 'Initech',
      title: 'Lead Designer',
      notes: 'Asked about research ops',
      tags: ['warm'],
    });
  });

  test('reports rows repeated within the file and rows it had to skip, with their lines', async () => {
    const result = await importContacts(
      ctx,
      connectionsCsv([
        'Ana,Lima,https://www.linkedin.com/in/ana-lima,ana@acme.example,Acme,Designer,05 Jan 2024',
        ',,,,,,05 Feb 2024',
        'Ana,Lima,https://www.linkedin.com/in/ana-lima,,Acme,Designer,05 Jan 2024',
      ]),
    );
    expect(result).toMatchObject({
      read: 3,
      created: 1,
      duplicates: 1,
      duplicateRows: [{ line: 4, sameAsLine: 2 }],
    });
    expect(result.skipped).toEqual([{ line: 3, reason: expect.any(String) }]);
  });

  test('writes all or nothing: a failure half-way leaves the network as it was', async () => {
    await importContacts(
      ctx,
      connectionsCsv(['Ana,Lima,https://www.linkedin.com/in/ana-lima,,Acme,Designer,05 Jan 2024']),
    );
    const failing = importContacts(ctx, linkedin2024, {}, (phase) => {
      if (phase === 'writing') throw new Error('disk full');
    });
    await expect(failing).rejects.toThrow('disk full');
    expect((await listPeople(ctx, {})).items.map((p) => p.name)).toEqual(['Ana Lima']);
  });

  test('refuses unreadable files with one clear message and changes nothing', async () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
    ]);
    for (const bytes of [
      png,
      encoder.encode('colour,size\nred,big\n'),
      new Uint8Array(21 * 1024 * 1024),
    ]) {
      const error = await importContacts(ctx, bytes).catch((caught: unknown) => caught);
      expect(isAppError(error), String(error)).toBe(true);
      expect(isAppError(error) && error.message.length).toBeGreaterThan(20);
    }
    expect((await listPeople(ctx, {})).items).toHaveLength(0);
  });
});

describe('the contract between the file readers and the People API', () => {
  test('every contact read from every real export is a valid person as it stands', () => {
    const files = fs
      .readdirSync(fixtures, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(csv|vcf)$/.test(file));
    expect(files.length).toBeGreaterThan(10);
    let checked = 0;
    for (const file of files) {
      let parsed;
      try {
        parsed = parseContacts(fs.readFileSync(path.join(fixtures, file)), { fileName: file });
      } catch (error) {
        if (isAppError(error)) continue; // files that are not contact lists are refused, as tested elsewhere
        throw error;
      }
      for (const contact of parsed.contacts) {
        const input = toPersonInput(toIncoming(contact), contact, parsed.format);
        const result = PersonInputSchema.safeParse(input);
        expect(result.success, `${file} line ${contact.line}: ${result.error?.message}`).toBe(true);
        // Valid and already clean: validation would change nothing.
        expect(result.data).toEqual(
          expect.objectContaining({ name: input.name, emails: input.emails, tags: input.tags }),
        );
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });
});

describe.each(testDatabases)('imports at the same time on $name', (database) => {
  test('two imports of one file at once create each person once', async () => {
    const ctx = await openTestContext(database);
    const file = new TextEncoder().encode(
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Lima,https://www.linkedin.com/in/ana-lima,,Acme,Designer,05 Jan 2024\nBen,Okafor,https://www.linkedin.com/in/ben-okafor,,Globex,Nurse,06 Jan 2024',
    );
    const [first, second] = await Promise.all([
      importContacts(ctx, file),
      importContacts(ctx, file),
    ]);
    expect(first.created + second.created).toBe(2);
    expect((await listPeople(ctx, {})).items.map((p) => p.name)).toEqual([
      'Ana Lima',
      'Ben Okafor',
    ]);
    await ctx.db.close();
  });
});
