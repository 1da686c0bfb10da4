import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { encodeCursor } from '#core/cursor';
import { isAppError, type AppErrorCode } from '#core/errors';
import { addOtherUser, dropTestSchemas, openTestContext, testDatabases } from '#testing/databases';
import type { ServiceContext } from './context';
import {
  createPeople,
  refreshStatisticsAfter,
  createPerson,
  deletePerson,
  getPerson,
  listPeople,
  setArchived,
  updatePerson,
} from './person.service';
import { listOrganizations } from './organization.service';
import { getNetworkSummary, listTags } from './network.service';

async function expectCode(promise: Promise<unknown>, code: AppErrorCode) {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(isAppError(error) ? error.code : error).toBe(code);
  return error;
}

afterAll(dropTestSchemas);

describe.each(testDatabases)('people on $name', (database) => {
  let ctx: ServiceContext;
  beforeEach(async () => {
    ctx = await openTestContext(database);
  });
  afterEach(async () => {
    await ctx.db.close();
  });

  test('creates a person with every field and reads it back', async () => {
    const ana = await createPerson(ctx, {
      name: '  Ana   Lima ',
      organization: 'Acme Inc.',
      title: 'UX Researcher',
      emails: ['ana@acme.example', 'ANA@acme.example', 'ana.lima@mail.example'],
      phones: ['+1 (555) 010-2000'],
      linkedinUrl: 'linkedin.com/in/ana-lima',
      relationship: 'alumni',
      notes: 'Met at the design meetup; loves field studies',
      tags: ['UX', 'healthcare', 'ux'],
    });
    expect(ana).toMatchObject({
      name: 'Ana Lima',
      organization: 'Acme Inc.',
      title: 'UX Researcher',
      emails: ['ana@acme.example', 'ana.lima@mail.example'],
      phones: ['+1 (555) 010-2000'],
      linkedinUrl: 'https://linkedin.com/in/ana-lima',
      relationship: 'alumni',
      tags: ['UX', 'healthcare'],
      version: 1,
      source: 'manual',
      archivedAt: null,
      createdAt: '2026-03-02T09:00:00.000Z',
    });
    expect(await getPerson(ctx, ana.id)).toMatchObject({
      ...ana,
      introducedBy: null,
      introduced: [],
    });
  });

  test('requires a name and reports every invalid field by path', async () => {
    const error = await expectCode(
      createPerson(ctx, { name: ' ', emails: ['not-an-email'], relationship: 'boss' }),
      'invalid_input',
    );
    const paths = isAppError(error) ? error.issues?.map((issue) => issue.path) : [];
    expect(paths).toEqual(expect.arrayContaining(['name', 'emails.0', 'relationship']));
    expect((await listPeople(ctx, {})).items).toHaveLength(0);
  });

  test('matches organizations regardless of case and legal suffix', async () => {
    const a = await createPerson(ctx, { name: 'A', organization: 'Acme Inc.' });
    const b = await createPerson(ctx, { name: 'B', organization: 'ACME' });
    const c = await createPerson(ctx, { name: 'C', organization: 'acme, llc' });
    const d = await createPerson(ctx, { name: 'D', organization: 'Acme Robotics' });
    expect(new Set([a.organizationId, b.organizationId, c.organizationId]).size).toBe(1);
    expect(d.organizationId).not.toBe(a.organizationId);
    const orgs = await listOrganizations(ctx, {});
    expect(orgs.items.map((o) => [o.name, o.peopleCount])).toEqual([
      ['Acme Inc.', 3],
      ['Acme Robotics', 1],
    ]);
  });

  test('links introducers both ways and refuses impossible introductions', async () => {
    const maria = await createPerson(ctx, { name: 'Maria Lopez' });
    const ben = await createPerson(ctx, { name: 'Ben Okafor', introducedById: maria.id });
    const cleo = await createPerson(ctx, { name: 'Cleo Park', introducedById: ben.id });
    expect((await getPerson(ctx, ben.id)).introducedBy).toEqual({
      id: maria.id,
      name: 'Maria Lopez',
    });
    expect((await getPerson(ctx, maria.id)).introduced).toEqual([
      { id: ben.id, name: 'Ben Okafor' },
    ]);
    await expectCode(
      updatePerson(ctx, maria.id, { version: 1, introducedById: cleo.id }),
      'invalid_input',
    );
    await expectCode(
      updatePerson(ctx, ben.id, { version: 1, introducedById: ben.id }),
      'invalid_input',
    );
    await expectCode(createPerson(ctx, { name: 'X', introducedById: 999999 }), 'invalid_input');
  });

  test('refuses a stale update and keeps the newer change', async () => {
    const ana = await createPerson(ctx, { name: 'Ana' });
    const first = await updatePerson(ctx, ana.id, { version: 1, title: 'Designer' });
    expect(first.version).toBe(2);
    const error = await expectCode(
      updatePerson(ctx, ana.id, { version: 1, title: 'Other' }),
      'conflict',
    );
    expect(isAppError(error) && error.details).toMatchObject({
      current: { version: 2, title: 'Designer' },
    });
    expect((await getPerson(ctx, ana.id)).title).toBe('Designer');
  });

  test('patches only the fields given and can clear optional ones', async () => {
    const ana = await createPerson(ctx, {
      name: 'Ana',
      title: 'Nurse',
      organization: 'City Hospital',
    });
    const changed = await updatePerson(ctx, ana.id, { version: 1, organization: null, notes: 'x' });
    expect(changed).toMatchObject({
      title: 'Nurse',
      organization: null,
      organizationId: null,
      notes: 'x',
    });
  });

  test('searches as you type across names, organization, title, emails, tags and notes', async () => {
    await createPerson(ctx, {
      name: 'Zoë Martin',
      organization: 'Northwind Traders',
      tags: ['paramedic'],
    });
    await createPerson(ctx, {
      name: 'Yusuf Demir',
      title: 'Data Scientist',
      emails: ['yusuf@globex.example'],
    });
    await createPerson(ctx, {
      name: 'Xavier Ng',
      notes: 'Spent ten years in wildlife conservation',
    });
    const names = async (q: string) => (await listPeople(ctx, { q })).items.map((p) => p.name);
    expect(await names('zoe')).toEqual(['Zoë Martin']);
    expect(await names('north')).toEqual(['Zoë Martin']);
    expect(await names('param')).toEqual(['Zoë Martin']);
    expect(await names('data sci')).toEqual(['Yusuf Demir']);
    expect(await names('globex')).toEqual(['Yusuf Demir']);
    expect(await names('wildlife conserv')).toEqual(['Xavier Ng']);
    expect(await names('conservation zebra')).toEqual([]);
    expect(await names('"); drop table person; --')).toEqual([]);
    await createPerson(ctx, { name: 'Ｔａｒｏ Yamada', organization: 'ＡＢＣ Trading' });
    expect(await names('taro')).toEqual(['Ｔａｒｏ Yamada']);
    expect(await names('Ｔａｒｏ')).toEqual(['Ｔａｒｏ Yamada']);
    expect(await names('abc')).toEqual(['Ｔａｒｏ Yamada']);
  });

  test('keeps the search index in step with edits and deletes', async () => {
    const ana = await createPerson(ctx, { name: 'Ana', notes: 'likes sailing' });
    await updatePerson(ctx, ana.id, { version: 1, notes: 'likes climbing' });
    expect((await listPeople(ctx, { q: 'sailing' })).items).toHaveLength(0);
    expect((await listPeople(ctx, { q: 'climbing' })).items).toHaveLength(1);
    await deletePerson(ctx, ana.id);
    expect((await listPeople(ctx, { q: 'climbing' })).items).toHaveLength(0);
    await expectCode(getPerson(ctx, ana.id), 'not_found');
  });

  test('pages through people sorted by name with a cursor', async () => {
    for (const name of ['eve', 'Bob', 'alice', 'Dan', 'carol']) await createPerson(ctx, { name });
    const first = await listPeople(ctx, { limit: 2 });
    expect(first.items.map((p) => p.name)).toEqual(['alice', 'Bob']);
    const second = await listPeople(ctx, { limit: 2, cursor: first.nextCursor });
    expect(second.items.map((p) => p.name)).toEqual(['carol', 'Dan']);
    const third = await listPeople(ctx, { limit: 2, cursor: second.nextCursor });
    expect(third.items.map((p) => p.name)).toEqual(['eve']);
    expect(third.nextCursor).toBeNull();
    await expectCode(listPeople(ctx, { cursor: 'garbage' }), 'invalid_input');
  });

  test('filters by relationship, organization and tag, and sorts by organization', async () => {
    const a = await createPerson(ctx, {
      name: 'A',
      relationship: 'friend',
      organization: 'Zeta',
      tags: ['Mentor'],
    });
    await createPerson(ctx, { name: 'B', relationship: 'cold', organization: 'Alpha' });
    await createPerson(ctx, { name: 'C', relationship: 'friend' });
    const names = async (query: Record<string, unknown>) =>
      (await listPeople(ctx, query)).items.map((p) => p.name);
    expect(await names({ relationship: 'friend' })).toEqual(['A', 'C']);
    expect(await names({ organizationId: a.organizationId })).toEqual(['A']);
    expect(await names({ tag: 'mentor' })).toEqual(['A']);
    expect(await names({ sort: 'organization' })).toEqual(['B', 'A', 'C']);
    // Each list is compiled once a shape: only its values change between these calls.
    expect(await names({ relationship: 'cold' })).toEqual(['B']);
    expect(await names({ relationship: 'friend', tag: 'mentor', q: 'a' })).toEqual(['A']);
    expect(await names({ relationship: 'cold', tag: 'mentor', q: 'a' })).toEqual([]);
    expect(await names({ relationship: 'friend', limit: 1, cursor: encodeCursor(1) })).toEqual([
      'C',
    ]);
  });

  test('archives and restores, hiding archived people from the default list', async () => {
    const ana = await createPerson(ctx, { name: 'Ana' });
    const archived = await setArchived(ctx, ana.id, true);
    expect(archived.archivedAt).toBe('2026-03-02T09:00:00.000Z');
    expect(archived.version).toBe(2);
    expect((await listPeople(ctx, {})).items).toHaveLength(0);
    expect((await listPeople(ctx, { archived: 'true' })).items).toHaveLength(1);
    expect((await setArchived(ctx, ana.id, false)).archivedAt).toBeNull();
    expect((await listPeople(ctx, {})).items).toHaveLength(1);
  });

  test("never shows or changes another user's people", async () => {
    const other = await addOtherUser(ctx);
    const theirs = await createPerson(other, { name: 'Private Person', organization: 'Acme' });
    expect((await listPeople(ctx, {})).items).toHaveLength(0);
    expect((await listPeople(ctx, { q: 'private' })).items).toHaveLength(0);
    expect((await listOrganizations(ctx, {})).items).toHaveLength(0);
    await expectCode(getPerson(ctx, theirs.id), 'not_found');
    await expectCode(updatePerson(ctx, theirs.id, { version: 1, name: 'x' }), 'not_found');
    await expectCode(deletePerson(ctx, theirs.id), 'not_found');
    await expectCode(createPerson(ctx, { name: 'Y', introducedById: theirs.id }), 'invalid_input');
  });
});

describe.each(testDatabases)('adding many people on $name', (database) => {
  test('adds all of them in one go, or none when one is invalid', async () => {
    const ctx = await openTestContext(database);
    const ids = await createPeople(ctx, [
      { name: 'A', organization: 'Acme' },
      { name: 'B', organization: 'ACME Inc' },
    ]);
    expect(ids).toHaveLength(2);
    await expectCode(createPeople(ctx, [{ name: 'C' }, { name: '' }]), 'invalid_input');
    expect((await listPeople(ctx, {})).items.map((p) => p.name)).toEqual(['A', 'B']);
    expect((await listOrganizations(ctx, {})).items).toHaveLength(1);
    await ctx.db.close();
  });
});

describe.each(testDatabases)('network summary and tags on $name', (database) => {
  test('counts people, archived people and organizations, and lists tags by use', async () => {
    const ctx = await openTestContext(database);
    await createPerson(ctx, { name: 'A', organization: 'Acme', tags: ['UX', 'Mentor'] });
    await createPerson(ctx, { name: 'B', organization: 'Globex', tags: ['ux'] });
    await createPerson(ctx, { name: 'D', tags: ['ux'] });
    const c = await createPerson(ctx, { name: 'C', tags: ['mentor', 'warm'] });
    await setArchived(ctx, c.id, true);
    expect(await getNetworkSummary(ctx)).toEqual({
      people: 3,
      archivedPeople: 1,
      organizations: 2,
    });
    // Spelled the way most people carrying the tag have it.
    expect((await listTags(ctx, {})).items).toEqual([
      { tag: 'ux', count: 3 },
      { tag: 'Mentor', count: 1 },
    ]);
    await ctx.db.close();
  });
});

describe('refreshing query statistics after a bulk change', () => {
  test('logs a warning instead of failing a change that is already committed', async () => {
    const ctx = await openTestContext(testDatabases[0]!);
    const warnings: string[] = [];
    await ctx.db.close();
    const watched = {
      ...ctx,
      log: { ...ctx.log, warn: (message: string) => void warnings.push(message) },
    };
    await expect(refreshStatisticsAfter(watched, 10_000)).resolves.toBeUndefined();
    expect(warnings).toEqual(['could not refresh query statistics']);
  });
});
