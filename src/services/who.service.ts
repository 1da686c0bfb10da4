import { z } from 'zod';
import { AppError } from '#core/errors';
import type { Organization } from '#core/organization';
import { PersonSchema, type Person, type PersonRef } from '#core/person';
import { warmth } from '#core/target';
import { wordTokens } from '#core/text';
import { organizationIdParam, parseInput } from '#core/validation';
import { listOrganizations } from '#store/organization.store';
import { listPeople, listPeopleByIds } from '#store/person-query.store';
import type { ServiceContext } from './context';
import { readExecutor } from './paging';

export const WhoQuerySchema = z
  .strictObject({
    organizationId: organizationIdParam().optional(),
    q: z.string().trim().min(1).max(200).optional(),
  })
  .refine((query) => query.organizationId || query.q, {
    message: 'give an organizationId or a keyword (q)',
    path: ['q'],
  });

export const IntroducerSchema = z.object({
  person: PersonSchema,
  /** The people there this person introduced you to. */
  knows: z.array(z.object({ id: z.number().int(), name: z.string() })),
});

export type WhoDoIKnow = {
  organization: Organization | null;
  keyword: string | null;
  /** People there (at the organization, or whose role, tags or notes match), warmest first. */
  people: Person[];
  /** People who could introduce you: they introduced you to someone there. Warmest first. */
  introducers: { person: Person; knows: PersonRef[] }[];
};

const MAX_PEOPLE = 200;
/** Read this many before sorting by warmth, so close friends with late names are not cut off. */
const MAX_CONSIDERED = 5000;

/** "Who do I know there?": people at an organization or in a role or field, and who could introduce you. */
export async function whoDoIKnow(ctx: ServiceContext, query: unknown): Promise<WhoDoIKnow> {
  const { organizationId, q } = parseInput(WhoQuerySchema, query, 'question');
  const tx = readExecutor(ctx);
  let organization: Organization | null = null;
  if (organizationId) {
    [organization = null] = await listOrganizations(tx, ctx.userId, {
      id: organizationId,
      limit: 1,
      offset: 0,
    });
    if (!organization) throw new AppError('not_found', `No organization with id ${organizationId}`);
  }
  const people = await listPeople(tx, ctx.userId, {
    terms: q ? wordTokens(q).slice(0, 8) : [],
    ...(organizationId ? { organizationId } : {}),
    archived: 'false',
    limit: MAX_CONSIDERED,
    offset: 0,
  });
  const byWarmth = (a: Person, b: Person) => warmth(b.relationship) - warmth(a.relationship);
  people.sort(byWarmth).splice(MAX_PEOPLE);

  const there = new Set(people.map((person) => person.id));
  const knows = new Map<number, PersonRef[]>();
  for (const person of people) {
    if (person.introducedById && !there.has(person.introducedById)) {
      knows.set(person.introducedById, [
        ...(knows.get(person.introducedById) ?? []),
        { id: person.id, name: person.name },
      ]);
    }
  }
  const introducers = (await listPeopleByIds(tx, ctx.userId, [...knows.keys()]))
    .filter((person) => !person.archivedAt)
    .sort(byWarmth)
    .map((person) => ({ person, knows: knows.get(person.id) ?? [] }));
  return { organization, keyword: q ?? null, people, introducers };
}
