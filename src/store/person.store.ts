import { sql, type SelectQueryBuilder } from 'kysely';
import type { ExistingPerson } from '#core/import-plan';
import type { Person, PersonRef, PersonSort, Relationship } from '#core/person';
import { personSortKey } from '#core/person';
import { foldText } from '#core/text';
import type { Executor } from './database';
import { bulkInsert, type BulkColumn } from './bulk-insert';
import { indexNewPeople, reindexPeople } from './person-index.store';
import type { Database } from './schema';

/** Every stored field of a person, as the service decided them. */
export type PersonRecord = {
  name: string;
  organizationId: number | null;
  /** Only for the search index; the organization row holds the name. */
  organizationName: string | null;
  title: string | null;
  location: string | null;
  emails: string[];
  phones: string[];
  linkedinUrl: string | null;
  relationship: Relationship | null;
  introducedById: number | null;
  howMet: string | null;
  notes: string | null;
  tags: string[];
  source: string | null;
  connectedOn: string | null;
  importedAt: string | null;
};

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

function columnsOf(record: PersonRecord) {
  return {
    name: record.name,
    sort_name: personSortKey(record.name),
    organization_id: record.organizationId,
    title: record.title,
    location: record.location,
    emails: JSON.stringify(record.emails),
    phones: JSON.stringify(record.phones),
    linkedin_url: record.linkedinUrl,
    relationship: record.relationship,
    introduced_by_id: record.introducedById,
    how_met: record.howMet,
    notes: record.notes,
    tags: JSON.stringify(record.tags),
    source: record.source,
    connected_on: record.connectedOn,
    imported_at: record.importedAt,
  };
}

const PERSON_COLUMNS: BulkColumn[] = [
  ['id', 'integer'], ['owner_id', 'integer'], ['version', 'integer'], ['name', 'text'], ['sort_name', 'text'],
  ['organization_id', 'integer'], ['title', 'text'], ['location', 'text'], ['emails', 'text'], ['phones', 'text'],
  ['linkedin_url', 'text'], ['relationship', 'text'], ['introduced_by_id', 'integer'], ['how_met', 'text'],
  ['notes', 'text'], ['tags', 'text'], ['source', 'text'], ['connected_on', 'text'], ['imported_at', 'text'],
  ['created_at', 'text'], ['updated_at', 'text'],
].map(([name, pgType]) => ({ name: name!, pgType: pgType as BulkColumn['pgType'] }));

/** Adds people in bulk and returns their ids in input order. */
export async function insertPeople(
  tx: Executor,
  ownerId: number,
  records: PersonRecord[],
  now: Date,
): Promise<number[]> {
  if (records.length === 0) return [];
  const stamp = now.toISOString();
  const ids = await reservePersonIds(tx, records.length);
  const rows = function* () {
    for (const [i, record] of records.entries()) {
      const columns = columnsOf(record);
      yield [
        ids[i], ownerId, 1, columns.name, columns.sort_name, columns.organization_id, columns.title,
        columns.location, columns.emails, columns.phones, columns.linkedin_url, columns.relationship,
        columns.introduced_by_id, columns.how_met, columns.notes, columns.tags, columns.source,
        columns.connected_on, columns.imported_at, stamp, stamp,
      ];
    }
  };
  await bulkInsert(tx, 'person', PERSON_COLUMNS, rows());
  await indexNewPeople(tx, ownerId, records, ids);
  return ids;
}

/**
 * Takes the next `count` person ids. Ids are chosen before inserting so that a multi-row insert
 * needs no RETURNING, whose row order neither database promises. Safe because on SQLite the
 * write transaction holds the lock, and on PostgreSQL the sequence hands each caller its own.
 */
async function reservePersonIds(tx: Executor, count: number): Promise<number[]> {
  if (tx.dialect === 'postgres') {
    const result = await sql<{ id: number }>`select nextval(pg_get_serial_sequence('person', 'id'))::integer as id
      from generate_series(1, ${count})`.execute(tx.kysely);
    return result.rows.map((row) => row.id).sort((a, b) => a - b);
  }
  const result = await sql<{ last: number }>`select max(
      coalesce((select seq from sqlite_sequence where name = 'person'), 0),
      coalesce((select max(id) from person), 0)) as last`.execute(tx.kysely);
  const last = result.rows[0]?.last ?? 0;
  return Array.from({ length: count }, (_, i) => last + 1 + i);
}

/** Writes the record if the stored version is still `expectedVersion`; false when it moved on. */
export async function updatePerson(
  tx: Executor,
  ownerId: number,
  id: number,
  expectedVersion: number,
  record: PersonRecord,
  now: Date,
): Promise<boolean> {
  const result = await tx.kysely
    .updateTable('person')
    .set({ ...columnsOf(record), version: expectedVersion + 1, updated_at: now.toISOString() })
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await reindexPeople(tx, ownerId, [{ ...record, id }]);
  return true;
}

export async function setPersonArchived(
  tx: Executor,
  ownerId: number,
  id: number,
  archivedAt: Date | null,
  now: Date,
): Promise<boolean> {
  const result = await tx.kysely
    .updateTable('person')
    .set((eb) => ({
      archived_at: archivedAt?.toISOString() ?? null,
      version: eb('version', '+', 1),
      updated_at: now.toISOString(),
    }))
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function deletePerson(tx: Executor, ownerId: number, id: number): Promise<boolean> {
  const result = await tx.kysely
    .deleteFrom('person')
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (tx.dialect === 'sqlite') {
    await tx.kysely.deleteFrom('person_search').where('rowid', '=', id).execute();
  }
  return Number(result.numDeletedRows) > 0;
}

function selectPeople(tx: Executor) {
  return tx.kysely
    .selectFrom('person as p')
    .leftJoin('organization as o', 'o.id', 'p.organization_id')
    .select([
      'p.id', 'p.version', 'p.name', 'p.organization_id', 'o.name as organization_name',
      'p.title', 'p.location', 'p.emails', 'p.phones', 'p.linkedin_url', 'p.relationship',
      'p.introduced_by_id', 'p.how_met', 'p.notes', 'p.tags', 'p.source', 'p.connected_on',
      'p.imported_at', 'p.archived_at',
      'p.created_at', 'p.updated_at',
    ]);
}

type PersonRow = Awaited<ReturnType<ReturnType<typeof selectPeople>['executeTakeFirstOrThrow']>>;

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    version: row.version,
    name: row.name,
    organization: row.organization_name ?? null,
    organizationId: row.organization_id,
    title: row.title,
    location: row.location,
    emails: JSON.parse(row.emails) as string[],
    phones: JSON.parse(row.phones) as string[],
    linkedinUrl: row.linkedin_url,
    relationship: row.relationship as Relationship | null,
    introducedById: row.introduced_by_id,
    howMet: row.how_met,
    notes: row.notes,
    tags: JSON.parse(row.tags) as string[],
    source: row.source,
    connectedOn: row.connected_on,
    importedAt: row.imported_at,
    archivedAt: row.archived_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function findPerson(
  tx: Executor,
  ownerId: number,
  id: number,
): Promise<Person | undefined> {
  const row = await selectPeople(tx)
    .where('p.owner_id', '=', ownerId)
    .where('p.id', '=', id)
    .executeTakeFirst();
  return row ? toPerson(row) : undefined;
}

/** The people this person introduced the owner to, by name. */
export async function listIntroducedBy(
  tx: Executor,
  ownerId: number,
  introducerId: number,
): Promise<PersonRef[]> {
  return tx.kysely
    .selectFrom('person')
    .select(['id', 'name'])
    .where('owner_id', '=', ownerId)
    .where('introduced_by_id', '=', introducerId)
    .orderBy('sort_name')
    .limit(500)
    .execute();
}

export async function findPersonRef(
  tx: Executor,
  ownerId: number,
  id: number,
): Promise<(PersonRef & { introducedById: number | null }) | undefined> {
  const row = await tx.kysely
    .selectFrom('person')
    .select(['id', 'name', 'introduced_by_id'])
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && { id: row.id, name: row.name, introducedById: row.introduced_by_id };
}

type PeopleQuery = SelectQueryBuilder<
  Database & { p: Database['person']; o: Database['organization'] },
  'p' | 'o',
  PersonRow
>;

export async function listPeople(
  tx: Executor,
  ownerId: number,
  filter: PersonFilter,
): Promise<Person[]> {
  let query: PeopleQuery = selectPeople(tx).where('p.owner_id', '=', ownerId);
  if (filter.archived === 'false') query = query.where('p.archived_at', 'is', null);
  if (filter.archived === 'true') query = query.where('p.archived_at', 'is not', null);
  if (filter.relationship) query = query.where('p.relationship', '=', filter.relationship);
  if (filter.organizationId) query = query.where('p.organization_id', '=', filter.organizationId);
  if (filter.tag) {
    const tag = foldText(filter.tag.trim());
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('person_tag as t')
          .select('t.person_id')
          .whereRef('t.person_id', '=', 'p.id')
          .where('t.owner_id', '=', ownerId)
          .where('t.tag', '=', tag),
      ),
    );
  }
  if (filter.terms.length > 0) query = matchTerms(tx, query, filter.terms);
  query = orderPeople(query, filter.sort ?? 'name');
  const rows = await query.limit(filter.limit).offset(filter.offset).execute();
  return rows.map(toPerson);
}

/** Every search word must match the start of a word in the person's indexed text. */
function matchTerms(tx: Executor, query: PeopleQuery, terms: string[]): PeopleQuery {
  if (tx.dialect === 'sqlite') {
    const match = terms.map((term) => `"${term}"*`).join(' ');
    // `+p.id` keeps SQLite walking the sort index and testing each row against the match list,
    // so a word half the network matches costs one index walk, not a sort of every match.
    return query.where(
      sql<boolean>`+p.id in (select rowid from person_search where person_search match ${match})`,
    );
  }
  const tsquery = terms.map((term) => `${term}:*`).join(' & ');
  return query.where(sql<boolean>`p.search_vector @@ to_tsquery('simple', ${tsquery})`);
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
    .select((eb) => [eb.fn.min('t.label').as('label'), eb.fn.countAll<number>().as('count')])
    .where('t.owner_id', '=', ownerId)
    .where('p.archived_at', 'is', null)
    .groupBy('t.tag')
    .orderBy('count', 'desc')
    .orderBy('t.tag')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ tag: row.label, count: Number(row.count) }));
}

/** Everyone the owner has (archived too), with the fields an import compares against. */
export async function listPeopleForMatching(tx: Executor, ownerId: number): Promise<ExistingPerson[]> {
  const rows = await tx.kysely
    .selectFrom('person as p')
    .leftJoin('organization as o', 'o.id', 'p.organization_id')
    .select([
      'p.id', 'p.version', 'p.name', 'o.name as organization_name', 'p.title', 'p.location', 'p.emails',
      'p.phones', 'p.linkedin_url', 'p.relationship', 'p.notes', 'p.tags', 'p.connected_on',
    ])
    .where('p.owner_id', '=', ownerId)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    name: row.name,
    organization: row.organization_name ?? null,
    title: row.title,
    location: row.location,
    emails: JSON.parse(row.emails) as string[],
    phones: JSON.parse(row.phones) as string[],
    linkedinUrl: row.linkedin_url,
    relationship: row.relationship as Relationship | null,
    notes: row.notes,
    tags: JSON.parse(row.tags) as string[],
    connectedOn: row.connected_on,
  }));
}

/** The stored fields of a person as read, for writing them back (undo, merges). */
export function recordOf(person: Person): PersonRecord {
  return {
    name: person.name,
    organizationId: person.organizationId,
    organizationName: person.organization,
    title: person.title,
    location: person.location,
    emails: person.emails,
    phones: person.phones,
    linkedinUrl: person.linkedinUrl,
    relationship: person.relationship,
    introducedById: person.introducedById,
    howMet: person.howMet,
    notes: person.notes,
    tags: person.tags,
    source: person.source,
    connectedOn: person.connectedOn,
    importedAt: person.importedAt,
  };
}

/** Puts back a deleted person exactly as they were, under their old id (undoing a merge). */
export async function restorePerson(tx: Executor, ownerId: number, person: Person): Promise<void> {
  const record = recordOf(person);
  await tx.kysely
    .insertInto('person')
    .values({
      ...columnsOf(record),
      id: person.id,
      owner_id: ownerId,
      version: person.version,
      archived_at: person.archivedAt,
      created_at: person.createdAt,
      updated_at: person.updatedAt,
    })
    .execute();
  await indexNewPeople(tx, ownerId, [record], [person.id]);
}

/** Points every introduction by `from` at `to`; returns the people whose introducer changed. */
export async function moveIntroductions(tx: Executor, ownerId: number, from: number, to: number, only?: number[]): Promise<number[]> {
  let query = tx.kysely
    .updateTable('person')
    .set({ introduced_by_id: to })
    .where('owner_id', '=', ownerId)
    .where('introduced_by_id', '=', from)
    .where('id', '!=', to);
  if (only) {
    if (only.length === 0) return [];
    query = query.where('id', 'in', only);
  }
  const moved = await query.returning('id').execute();
  return moved.map((row) => row.id);
}

/** How many unarchived people match every search word (for a role or field target's advocacy). */
export async function countMatchingPeople(tx: Executor, ownerId: number, terms: string[]): Promise<number> {
  if (terms.length === 0) return 0;
  const query = matchTerms(tx, selectPeople(tx).where('p.owner_id', '=', ownerId).where('p.archived_at', 'is', null), terms);
  const row = await query.clearSelect().select(sql<number>`count(*)`.as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** The people with these ids, in no particular order. */
export async function listPeopleByIds(tx: Executor, ownerId: number, ids: number[]): Promise<Person[]> {
  if (ids.length === 0) return [];
  const rows = await selectPeople(tx).where('p.owner_id', '=', ownerId).where('p.id', 'in', ids).execute();
  return rows.map(toPerson);
}
