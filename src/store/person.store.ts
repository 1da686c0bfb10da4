import { sql } from 'kysely';
import type { Person, Relationship } from '#core/person';
import { personSortKey } from '#core/person';
import type { Executor } from './database';
import { bulkInsert, type BulkColumn } from './bulk-insert';
import { indexNewPeople, reindexPeople } from './person-index.store';

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
  ['id', 'integer'],
  ['owner_id', 'integer'],
  ['version', 'integer'],
  ['name', 'text'],
  ['sort_name', 'text'],
  ['organization_id', 'integer'],
  ['title', 'text'],
  ['location', 'text'],
  ['emails', 'text'],
  ['phones', 'text'],
  ['linkedin_url', 'text'],
  ['relationship', 'text'],
  ['introduced_by_id', 'integer'],
  ['how_met', 'text'],
  ['notes', 'text'],
  ['tags', 'text'],
  ['source', 'text'],
  ['connected_on', 'text'],
  ['imported_at', 'text'],
  ['created_at', 'text'],
  ['updated_at', 'text'],
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
        ids[i],
        ownerId,
        1,
        columns.name,
        columns.sort_name,
        columns.organization_id,
        columns.title,
        columns.location,
        columns.emails,
        columns.phones,
        columns.linkedin_url,
        columns.relationship,
        columns.introduced_by_id,
        columns.how_met,
        columns.notes,
        columns.tags,
        columns.source,
        columns.connected_on,
        columns.imported_at,
        stamp,
        stamp,
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
    const result = await sql<{
      id: number;
    }>`select nextval(pg_get_serial_sequence('person', 'id'))::integer as id
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
export async function moveIntroductions(
  tx: Executor,
  ownerId: number,
  from: number,
  to: number,
  only?: number[],
): Promise<number[]> {
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
