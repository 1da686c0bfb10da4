import { sql, type SelectQueryBuilder } from 'kysely';
import type { ExistingPerson } from '#core/import-plan';
import type { Person, PersonRef, PersonSort, Relationship } from '#core/person';
import { foldText } from '#core/text';
import type { Executor } from './database';
import type { Database } from './schema';
import { ownerRead, shapedOwnerRead, type ReadArgument } from './compiled';

// Reading people: lists, search, lookups and counts. Writes live in person.store.ts.

export type PersonFilter = {
  /** Search words (already tokenized); each matches as a prefix. */
  terms: string[];
  /** By name unless told otherwise, searching or not. */
  sort?: PersonSort;
  relationship?: Relationship;
  organizationId?: number;
  tag?: string;
  archived: 'true' | 'false' | 'all';
  limit: number;
  offset: number;
};

/** The columns an import compares (see ExistingPerson). */
const COMPARED_COLUMNS = [
  'p.id',
  'p.version',
  'p.name',
  'o.name as organization_name',
  'p.title',
  'p.location',
  'p.emails',
  'p.phones',
  'p.linkedin_url',
  'p.relationship',
  'p.notes',
  'p.tags',
  'p.connected_on',
] as const;

function peopleWithOrganization(tx: Executor) {
  return tx.kysely
    .selectFrom('person as p')
    .leftJoin('organization as o', 'o.id', 'p.organization_id');
}

export function selectPeople(tx: Executor) {
  return peopleWithOrganization(tx).select([
    ...COMPARED_COLUMNS,
    'p.organization_id',
    'p.introduced_by_id',
    'p.how_met',
    'p.source',
    'p.imported_at',
    'p.archived_at',
    'p.created_at',
    'p.updated_at',
  ]);
}

type PersonRow = Awaited<ReturnType<ReturnType<typeof selectPeople>['executeTakeFirstOrThrow']>>;

/** A stored JSON list; most are empty, and skipping the parser for those matters at 30,000 rows. */
function parseList(text: string): string[] {
  return text === '[]' ? [] : (JSON.parse(text) as string[]);
}

export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    organization: row.organization_name ?? null,
    organizationId: row.organization_id,
    title: row.title,
    location: row.location,
    emails: parseList(row.emails),
    phones: parseList(row.phones),
    linkedinUrl: row.linkedin_url,
    relationship: row.relationship as Relationship | null,
    introducedById: row.introduced_by_id,
    howMet: row.how_met,
    notes: row.notes,
    tags: parseList(row.tags),
    source: row.source,
    connectedOn: row.connected_on,
    importedAt: row.imported_at,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

// People are read on every page of the app: each read is compiled once (see `ownerRead`).
const personById = ownerRead((tx, ownerId, id: number) =>
  selectPeople(tx).where('p.owner_id', '=', ownerId).where('p.id', '=', id),
);

export async function findPerson(
  tx: Executor,
  ownerId: number,
  id: number,
): Promise<Person | undefined> {
  const [row] = await personById(tx, ownerId, id);
  return row ? toPerson(row) : undefined;
}

/** The people this person introduced the owner to, by name. */
export const listIntroducedBy: (
  tx: Executor,
  ownerId: number,
  introducerId: number,
) => Promise<PersonRef[]> = ownerRead((tx, ownerId, introducerId: number) =>
  tx.kysely
    .selectFrom('person')
    .select(['id', 'name'])
    .where('owner_id', '=', ownerId)
    .where('introduced_by_id', '=', introducerId)
    .orderBy('sort_name')
    .limit(500),
);

const personRefById = ownerRead((tx, ownerId, id: number) =>
  tx.kysely
    .selectFrom('person')
    .select(['id', 'name', 'introduced_by_id'])
    .where('owner_id', '=', ownerId)
    .where('id', '=', id),
);

export async function findPersonRef(
  tx: Executor,
  ownerId: number,
  id: number,
): Promise<(PersonRef & { introducedById: number | null }) | undefined> {
  const [row] = await personRefById(tx, ownerId, id);
  return row && { id: row.id, name: row.name, introducedById: row.introduced_by_id };
}

type PeopleQuery = SelectQueryBuilder<
  Database & { p: Database['person']; o: Database['organization'] },
  'p' | 'o',
  PersonRow
>;

/** The filters a page of people may have. */
type PageFilter = 'relationship' | 'organization' | 'tag' | 'search';

/** Which parts a page of people has: its filters, in the order their values are bound. */
type PageShape = { archived: PersonFilter['archived']; sort: PersonSort; filters: PageFilter[] };

const pageOfPeople = shapedOwnerRead<PersonRow, PageShape>(
  (tx, ownerId, shape, ...values) => {
    let query: PeopleQuery = selectPeople(tx).where('p.owner_id', '=', ownerId);
    if (shape.archived === 'false') query = query.where('p.archived_at', 'is', null);
    if (shape.archived === 'true') query = query.where('p.archived_at', 'is not', null);
    shape.filters.forEach((filter, index) => {
      query = filtered(tx, ownerId, query, filter, values[index]!);
    });
    const [limit, offset] = values.slice(shape.filters.length) as [number, number];
    return orderPeople(query, shape.sort).limit(limit).offset(offset);
  },
  // How best to find the people a search word matches depends on how many it matches.
  (shape) => ({ prepareOnPostgres: !shape.filters.includes('search') }),
);

function filtered(
  tx: Executor,
  ownerId: number,
  query: PeopleQuery,
  filter: PageFilter,
  value: ReadArgument,
): PeopleQuery {
  switch (filter) {
    case 'relationship':
      return query.where('p.relationship', '=', value as Relationship);
    case 'organization':
      return query.where('p.organization_id', '=', value as number);
    case 'tag':
      return query.where((eb) =>
        eb.exists(
          eb
            .selectFrom('person_tag as t')
            .select('t.person_id')
            .whereRef('t.person_id', '=', 'p.id')
            .where('t.owner_id', '=', ownerId)
            .where('t.tag', '=', value as string),
        ),
      );
    case 'search':
      return matching(tx, query, value);
  }
}

export async function listPeople(
  tx: Executor,
  ownerId: number,
  filter: PersonFilter,
): Promise<Person[]> {
  // Each present filter with its value, so the shape and the values cannot fall out of step.
  const present: [PageFilter, ReadArgument][] = [];
  if (filter.relationship) present.push(['relationship', filter.relationship]);
  if (filter.organizationId) present.push(['organization', filter.organizationId]);
  if (filter.tag) present.push(['tag', foldText(filter.tag.trim())]);
  if (filter.terms.length > 0) present.push(['search', searchText(tx, filter.terms)]);
  const shape: PageShape = {
    archived: filter.archived,
    sort: filter.sort ?? 'name',
    filters: present.map(([name]) => name),
  };
  const values = [...present.map(([, value]) => value), filter.limit, filter.offset];
  const rows = await pageOfPeople(tx, ownerId, shape, ...values);
  return rows.map(toPerson);
}

/** Search words as the dialect's full-text search reads them: each matches as a prefix. */
function searchText(tx: Executor, terms: string[]): string {
  return tx.dialect === 'sqlite'
    ? terms.map((term) => `"${term}"*`).join(' ')
    : terms.map((term) => `${term}:*`).join(' & ');
}

/** Every search word must match the start of a word in the person's indexed text. */
function matchTerms(tx: Executor, query: PeopleQuery, terms: string[]): PeopleQuery {
  return matching(tx, query, searchText(tx, terms));
}

function matching(tx: Executor, query: PeopleQuery, search: ReadArgument): PeopleQuery {
  if (tx.dialect === 'sqlite') {
    // `+p.id` keeps SQLite walking the sort index and testing each row against the match list,
    // so a word half the network matches costs one index walk, not a sort of every match.
    return query.where(
      sql<boolean>`+p.id in (select rowid from person_search where person_search match ${search})`,
    );
  }
  return query.where(sql<boolean>`p.search_vector @@ to_tsquery('simple', ${search})`);
}

function orderPeople(query: PeopleQuery, sort: PersonSort): PeopleQuery {
  switch (sort) {
    case 'organization':
      return query
        .orderBy(sql`o.name_key is null`)
        .orderBy('o.name_key')
        .orderBy('p.sort_name')
        .orderBy('p.id');
    case 'updated':
      return query.orderBy('p.updated_at', 'desc').orderBy('p.id', 'desc');
    case 'created':
      return query.orderBy('p.created_at', 'desc').orderBy('p.id', 'desc');
    case 'name':
      return query.orderBy('p.sort_name').orderBy('p.id');
  }
}

export type PeopleCounts = { active: number; archived: number };

export async function countPeople(tx: Executor, ownerId: number): Promise<PeopleCounts> {
  const row = await tx.kysely
    .selectFrom('person')
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      eb.fn.count<number>('archived_at').as('archived'),
    ])
    .where('owner_id', '=', ownerId)
    .executeTakeFirstOrThrow();
  const total = Number(row.total);
  const archived = Number(row.archived);
  return { active: total - archived, archived };
}

export type TagCount = { tag: string; count: number };

/** The owner's tags with how many unarchived people carry each, most used first. */
export async function listTags(tx: Executor, ownerId: number, limit: number): Promise<TagCount[]> {
  const rows = await tx.kysely
    .selectFrom('person_tag as t')
    .innerJoin('person as p', 'p.id', 't.person_id')
    .select((eb) => ['t.tag', 't.label', eb.fn.countAll<number>().as('count')])
    .where('t.owner_id', '=', ownerId)
    .where('p.archived_at', 'is', null)
    .groupBy(['t.tag', 't.label'])
    .execute();
  // One entry per tag, spelled the way most people carrying it have it.
  const byTag = new Map<string, { tag: string; count: number; spellingCount: number }>();
  for (const row of rows.sort((a, b) => a.label.localeCompare(b.label))) {
    const count = Number(row.count);
    const entry = byTag.get(row.tag);
    if (!entry) byTag.set(row.tag, { tag: row.label, count, spellingCount: count });
    else {
      entry.count += count;
      if (count > entry.spellingCount)
        Object.assign(entry, { tag: row.label, spellingCount: count });
    }
  }
  return [...byTag.values()]
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag))
    .slice(0, limit)
    .map(({ tag, count }) => ({ tag, count }));
}

/** Everyone the owner has (archived too), with the fields an import compares against. */
export async function listPeopleForMatching(
  tx: Executor,
  ownerId: number,
): Promise<ExistingPerson[]> {
  // Only the compared fields: loading whole rows for 30,000 people costs twice as long.
  const rows = await peopleWithOrganization(tx)
    .select(COMPARED_COLUMNS)
    .where('p.owner_id', '=', ownerId)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    name: row.name,
    organization: row.organization_name ?? null,
    title: row.title,
    location: row.location,
    emails: parseList(row.emails),
    phones: parseList(row.phones),
    linkedinUrl: row.linkedin_url,
    relationship: row.relationship as Relationship | null,
    notes: row.notes,
    tags: parseList(row.tags),
    connectedOn: row.connected_on,
  }));
}

/** How many unarchived people match every search word (for a role or field target's advocacy). */
export async function countMatchingPeople(
  tx: Executor,
  ownerId: number,
  terms: string[],
): Promise<number> {
  if (terms.length === 0) return 0;
  const query = matchTerms(
    tx,
    selectPeople(tx).where('p.owner_id', '=', ownerId).where('p.archived_at', 'is', null),
    terms,
  );
  const row = await query
    .clearSelect()
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The people with these ids, in no particular order. */
export async function listPeopleByIds(
  tx: Executor,
  ownerId: number,
  ids: number[],
): Promise<Person[]> {
  if (ids.length === 0) return [];
  const rows = await selectPeople(tx)
    .where('p.owner_id', '=', ownerId)
    .where('p.id', 'in', ids)
    .execute();
  return rows.map(toPerson);
}
