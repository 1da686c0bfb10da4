import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { isAppError } from '#core/errors';
import { dropTestSchemas, openTestContext, testDatabases } from '#testing/databases';
import type { ServiceContext } from './context';
import { dismissDuplicate, listDuplicates, mergePeople, undoMerge } from './duplicate.service';
import { createInterview } from './interview.service';
import { recordMessage } from './message.service';
import { createPerson, deletePerson, getPerson, listPeople, updatePerson } from './person.service';

afterAll(dropTestSchemas);

describe.each(testDatabases)('duplicates and merging on $name', (database) => {
  let ctx: ServiceContext;
  beforeEach(async () => {
    ctx = await openTestContext(database);
  });
  afterEach(async () => {
    await ctx.db.close();
  });

  test('finds people with the same e-mail, LinkedIn profile, or name at the same organization', async () => {
    const a = await createPerson(ctx, {
      name: 'José García',
      organization: 'Acme Inc.',
      emails: ['jose@acme.example'],
    });
    const b = await createPerson(ctx, { name: 'Jose (Pepe) Garcia', organization: 'ACME' });
    const c = await createPerson(ctx, { name: 'J. García', emails: ['JOSE@acme.example'] });
    const d = await createPerson(ctx, {
      name: 'Ana',
      linkedinUrl: 'https://www.linkedin.com/in/ana-l',
    });
    const e = await createPerson(ctx, { name: 'Ana Lima', linkedinUrl: 'linkedin.com/in/ana-l/' });
    await createPerson(ctx, { name: 'José García', organization: 'Globex' });
    const { items } = await listDuplicates(ctx);
    const pairs = items.map((item) => item.people.map((p) => p.id).sort((x, y) => x - y));
    expect(pairs).toEqual(
      expect.arrayContaining([
        [a.id, b.id],
        [a.id, c.id],
        [d.id, e.id],
      ]),
    );
    expect(pairs).toHaveLength(3);
    expect(items.find((item) => item.people[0].id === d.id)?.reasons).toEqual([
      { kind: 'linkedin', value: expect.any(String) },
    ]);
  });

  test('a dismissed pair is not offered again', async () => {
    const a = await createPerson(ctx, { name: 'Sam Lee', organization: 'Acme' });
    const b = await createPerson(ctx, { name: 'Sam Lee', organization: 'Acme' });
    expect((await listDuplicates(ctx)).items).toHaveLength(1);
    await dismissDuplicate(ctx, { personIds: [b.id, a.id] });
    expect((await listDuplicates(ctx)).items).toHaveLength(0);
  });

  test('merges field by field, keeps every e-mail, phone, tag, note and introduction, and can be undone', async () => {
    const maria = await createPerson(ctx, { name: 'Maria Lopez' });
    const keep = await createPerson(ctx, {
      name: 'Ana Lima',
      organization: 'Acme',
      title: 'Designer',
      emails: ['ana@acme.example'],
      tags: ['ux'],
      notes: 'Met at the meetup',
    });
    const other = await createPerson(ctx, {
      name: 'Ana Lima-Souza',
      organization: 'Globex',
      title: 'Lead Designer',
      emails: ['ana@home.example'],
      phones: ['+1 555 0100'],
      tags: ['mentor'],
      notes: 'Alumni of my school',
      introducedById: maria.id,
    });
    const ben = await createPerson(ctx, { name: 'Ben', introducedById: other.id });

    const { mergeId, person } = await mergePeople(ctx, {
      keepId: keep.id,
      keepVersion: keep.version,
      otherId: other.id,
      otherVersion: other.version,
      choose: { title: 'other', organization: 'other' },
    });
    expect(person).toMatchObject({
      name: 'Ana Lima',
      title: 'Lead Designer',
      organization: 'Globex',
      introducedById: maria.id,
      emails: ['ana@acme.example', 'ana@home.example'],
      phones: ['+1 555 0100'],
      tags: ['ux', 'mentor'],
      notes: 'Met at the meetup\n\nAlumni of my school',
    });
    expect((await getPerson(ctx, ben.id)).introducedBy).toEqual({ id: keep.id, name: 'Ana Lima' });
    expect((await listPeople(ctx, { q: 'souza' })).items).toHaveLength(0);
    expect((await listPeople(ctx, { q: 'home' })).items.map((p) => p.id)).toEqual([keep.id]);

    const { kept, restored } = await undoMerge(ctx, mergeId);
    expect(kept).toMatchObject({
      title: 'Designer',
      organization: 'Acme',
      emails: ['ana@acme.example'],
      tags: ['ux'],
      introducedById: null,
    });
    expect(restored).toMatchObject({
      id: other.id,
      name: 'Ana Lima-Souza',
      phones: ['+1 555 0100'],
      introducedById: maria.id,
    });
    expect((await getPerson(ctx, ben.id)).introducedBy).toEqual({
      id: other.id,
      name: 'Ana Lima-Souza',
    });
    expect((await listPeople(ctx, { q: 'souza' })).items.map((p) => p.id)).toEqual([other.id]);
    await expect(undoMerge(ctx, mergeId)).rejects.toThrow(/already undone/);
  });

  test('moves the timeline to the kept person and gives it back on undo', async () => {
    const keep = await createPerson(ctx, { name: 'Ana Lima', emails: ['ana@acme.example'] });
    const other = await createPerson(ctx, { name: 'Ana Lima', organization: 'Acme' });
    const introduced = await createPerson(ctx, { name: 'Bo Chen', introducedById: other.id });
    const keptInterview = await createInterview(ctx, { personId: keep.id });
    const interview = await createInterview(ctx, { personId: other.id });
    const throughOther = await createInterview(ctx, { personId: introduced.id });
    await recordMessage(ctx, interview.id, { kind: 'request', channel: 'email', body: 'Hi Ana' });
    const ownerOf = async (table: 'message' | 'interaction') =>
      (
        await ctx.db.kysely
          .selectFrom(table)
          .select('person_id')
          .where('interview_id', '=', interview.id)
          .execute()
      ).map((row) => row.person_id);
    const interviewRow = (id: number) =>
      ctx.db.kysely
        .selectFrom('interview')
        .select(['person_id', 'introduced_by_id'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();

    const { mergeId } = await mergePeople(ctx, {
      keepId: keep.id,
      keepVersion: keep.version,
      otherId: other.id,
      otherVersion: other.version,
    });
    expect((await interviewRow(interview.id)).person_id).toBe(keep.id);
    expect((await interviewRow(throughOther.id)).introduced_by_id).toBe(keep.id);
    expect(await ownerOf('message')).toEqual([keep.id]);

    await undoMerge(ctx, mergeId);
    expect(await interviewRow(interview.id)).toMatchObject({ person_id: other.id });
    expect((await interviewRow(throughOther.id)).introduced_by_id).toBe(other.id);
    expect((await interviewRow(keptInterview.id)).person_id).toBe(keep.id);
    expect(await ownerOf('message')).toEqual([other.id]);
    expect(new Set(await ownerOf('interaction'))).toEqual(new Set([other.id]));
  });

  test('refuses a merge on stale versions, and an undo after later edits', async () => {
    const a = await createPerson(ctx, { name: 'A' });
    const b = await createPerson(ctx, { name: 'B' });
    const stale = await mergePeople(ctx, {
      keepId: a.id,
      keepVersion: 9,
      otherId: b.id,
      otherVersion: 1,
    }).catch((e: unknown) => e);
    expect(isAppError(stale) && stale.code).toBe('conflict');
    const { mergeId, person } = await mergePeople(ctx, {
      keepId: a.id,
      keepVersion: 1,
      otherId: b.id,
      otherVersion: 1,
    });
    await updatePerson(ctx, a.id, { version: person.version, title: 'Changed later' });
    const late = await undoMerge(ctx, mergeId).catch((e: unknown) => e);
    expect(isAppError(late) && late.code).toBe('conflict');
    expect((await getPerson(ctx, a.id)).title).toBe('Changed later');
  });

  test('undoes a merge even after someone they were introduced by was deleted', async () => {
    const x = await createPerson(ctx, { name: 'X' });
    const a = await createPerson(ctx, { name: 'A' });
    const b = await createPerson(ctx, { name: 'B', introducedById: x.id });
    const { mergeId } = await mergePeople(ctx, {
      keepId: a.id,
      keepVersion: 1,
      otherId: b.id,
      otherVersion: 1,
    });
    await deletePerson(ctx, x.id);
    const { restored } = await undoMerge(ctx, mergeId);
    expect(restored).toMatchObject({ id: b.id, introducedById: null });
  });

  test('keeps the undo of an earlier merge when the kept person is merged again', async () => {
    const a = await createPerson(ctx, { name: 'A' });
    const b = await createPerson(ctx, { name: 'B' });
    const c = await createPerson(ctx, { name: 'C' });
    const first = await mergePeople(ctx, {
      keepId: a.id,
      keepVersion: 1,
      otherId: b.id,
      otherVersion: 1,
    });
    const second = await mergePeople(ctx, {
      keepId: c.id,
      keepVersion: 1,
      otherId: a.id,
      otherVersion: first.person.version,
    });
    await undoMerge(ctx, second.mergeId);
    const { restored } = await undoMerge(ctx, first.mergeId);
    expect(restored).toMatchObject({ id: b.id, name: 'B' });
    expect((await listPeople(ctx, {})).items.map((p) => p.name)).toEqual(['A', 'B', 'C']);
  });
});
