import { afterAll, afterEach, beforeEach, describe, expect, test } from 'vitest';
import { isAppError } from '#core/errors';
import { dropTestSchemas, openTestContext, testDatabases } from '#testing/databases';
import type { ServiceContext } from './context';
import { createPerson } from './person.service';
import { createTarget, deleteTarget, listTargets, updateTarget } from './target.service';
import { whoDoIKnow } from './who.service';

afterAll(dropTestSchemas);

describe.each(testDatabases)('targets and "who do I know there?" on $name', (database) => {
  let ctx: ServiceContext;
  beforeEach(async () => {
    ctx = await openTestContext(database);
  });
  afterEach(async () => {
    await ctx.db.close();
  });

  test('ranks targets by motivation, then posting, then advocacy, and flags the top five', async () => {
    await createPerson(ctx, { name: 'Ana', organization: 'Acme Health', title: 'UX Researcher' });
    const acme = await createTarget(ctx, {
      kind: 'organization',
      organization: 'ACME Health Inc.',
      motivation: 4,
      posting: 1,
    });
    expect(acme).toMatchObject({ label: 'Acme Health', advocacy: 1 });
    await createTarget(ctx, {
      kind: 'organization',
      organization: 'Globex',
      motivation: 4,
      posting: 1,
    });
    await createTarget(ctx, { kind: 'role', label: 'UX research', motivation: 5, posting: 0 });
    await createTarget(ctx, { kind: 'field', label: 'Public health', motivation: 4, posting: 3 });
    for (const label of ['A', 'B', 'C'])
      await createTarget(ctx, { kind: 'field', label, motivation: 1 });
    const { items } = await listTargets(ctx);
    expect(items.map((t) => [t.label, t.rank, t.top])).toEqual([
      ['UX research', 1, true],
      ['Public health', 2, true],
      ['Acme Health', 3, true],
      ['Globex', 4, true],
      ['A', 5, true],
      ['B', 6, false],
      ['C', 7, false],
    ]);
    expect(items[0]).toMatchObject({ kind: 'role', advocacy: 1 });
  });

  test('validates, refuses a second target for one organization, updates with versions and deletes', async () => {
    const bad = await createTarget(ctx, { kind: 'organization', motivation: 9 }).catch(
      (e: unknown) => e,
    );
    expect(isAppError(bad) && bad.issues?.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['motivation', 'organization']),
    );
    const acme = await createTarget(ctx, {
      kind: 'organization',
      organization: 'Acme',
      motivation: 3,
    });
    const again = await createTarget(ctx, {
      kind: 'organization',
      organization: 'acme inc',
      motivation: 3,
    }).catch((e: unknown) => e);
    expect(isAppError(again) && again.code).toBe('conflict');
    const changed = await updateTarget(ctx, acme.id, { version: 1, posting: 2 });
    expect(changed).toMatchObject({ posting: 2, version: 2 });
    const stale = await updateTarget(ctx, acme.id, { version: 1, posting: 3 }).catch(
      (e: unknown) => e,
    );
    expect(isAppError(stale) && stale.code).toBe('conflict');
    await deleteTarget(ctx, acme.id);
    expect((await listTargets(ctx)).items).toEqual([]);
  });

  test('answers who I know at an organization and who could introduce me, warmest first', async () => {
    const maria = await createPerson(ctx, { name: 'Maria', relationship: 'friend' });
    const uncle = await createPerson(ctx, { name: 'Uncle Joe', relationship: 'family' });
    const cold = await createPerson(ctx, {
      name: 'Cold Contact',
      organization: 'Acme',
      relationship: 'cold',
    });
    const ben = await createPerson(ctx, {
      name: 'Ben',
      organization: 'Acme Inc.',
      relationship: 'referral',
      introducedById: maria.id,
    });
    const cleo = await createPerson(ctx, {
      name: 'Cleo',
      organization: 'ACME',
      relationship: 'coworker',
      introducedById: uncle.id,
      title: 'Paramedic',
    });
    await createPerson(ctx, {
      name: 'Elsewhere',
      organization: 'Globex',
      introducedById: maria.id,
    });

    const atAcme = await whoDoIKnow(ctx, { organizationId: String(ben.organizationId) });
    expect(atAcme.organization?.name).toBe('Acme');
    expect(atAcme.people.map((p) => p.name)).toEqual(['Cleo', 'Ben', 'Cold Contact']);
    expect(atAcme.introducers.map((i) => [i.person.name, i.knows.map((k) => k.name)])).toEqual([
      ['Uncle Joe', ['Cleo']],
      ['Maria', ['Ben']],
    ]);
    expect(cold.id).toBeGreaterThan(0);

    const paramedics = await whoDoIKnow(ctx, { q: 'paramedic' });
    expect(paramedics.people.map((p) => p.id)).toEqual([cleo.id]);
    expect(paramedics.introducers.map((i) => i.person.name)).toEqual(['Uncle Joe']);
    await expect(whoDoIKnow(ctx, {})).rejects.toThrow(/organizationId or a keyword/);
  });
});
