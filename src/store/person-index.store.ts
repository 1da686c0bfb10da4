import { sql } from 'kysely';
import { personSearchText } from '#core/person';
import { foldedWords, foldText } from '#core/text';
import { bulkInsert, type BulkColumn } from './bulk-insert';
import { chunks } from './chunks';
import type { Executor } from './database';

/** What the search index and the tag table need of a person. */
export type IndexedPerson = {
  id: number;
  name: string;
  organizationName: string | null;
  title: string | null;
  location: string | null;
  emails: string[];
  tags: string[];
  notes: string | null;
};

/**
 * Both indexes get core's folded word tokens, the same folding the search words get: SQLite's
 * tokenizer alone would leave full-width letters and ligatures ("Ｔａｒｏ", "ﬁ") unmatched.
 */
function searchBody(person: Omit<IndexedPerson, 'id'>): string {
  const { name, organizationName, title, location, emails, tags, notes } = person;
  return foldedWords(
    personSearchText({
      name,
      organization: organizationName,
      title,
      location,
      emails,
      tags,
      notes,
    }),
  );
}

/** Writes the search text and tags of new people; `ids[i]` is the id of `people[i]`. */
export async function indexNewPeople(
  tx: Executor,
  ownerId: number,
  people: readonly Omit<IndexedPerson, 'id'>[],
  ids: readonly number[],
): Promise<void> {
  if (tx.dialect === 'sqlite') {
    const bodies = function* () {
      for (const [i, person] of people.entries()) yield [ids[i], searchBody(person)];
    };
    await bulkInsert(
      tx,
      'person_search',
      [
        { name: 'rowid', pgType: 'integer' },
        { name: 'body', pgType: 'text' },
      ],
      bodies(),
    );
  } else {
    const bodies = people.map((person, i) => ({ id: ids[i]!, body: searchBody(person) }));
    for (const chunk of chunks(bodies, 5000)) {
      await sql`update person set search_vector = to_tsvector('simple', v.body)
        from unnest(${chunk.map((row) => row.id)}::integer[], ${chunk.map((row) => row.body)}::text[]) as v(id, body)
        where person.id = v.id`.execute(tx.kysely);
    }
  }
  // Tags arrive free of case-only repeats, so each folded tag appears once per person.
  const tagRows = function* () {
    for (const [i, person] of people.entries()) {
      for (const label of person.tags) yield [ownerId, ids[i], foldText(label), label];
    }
  };
  await bulkInsert(tx, 'person_tag', TAG_COLUMNS, tagRows());
}

const TAG_COLUMNS: BulkColumn[] = [
  { name: 'owner_id', pgType: 'integer' },
  { name: 'person_id', pgType: 'integer' },
  { name: 'tag', pgType: 'text' },
  { name: 'label', pgType: 'text' },
];

/** Replaces the search text and tags of people whose fields changed. */
export async function reindexPeople(
  tx: Executor,
  ownerId: number,
  people: IndexedPerson[],
): Promise<void> {
  const ids = people.map((person) => person.id);
  for (const chunk of chunks(ids)) {
    if (tx.dialect === 'sqlite')
      await tx.kysely.deleteFrom('person_search').where('rowid', 'in', chunk).execute();
    await tx.kysely.deleteFrom('person_tag').where('person_id', 'in', chunk).execute();
  }
  await indexNewPeople(tx, ownerId, people, ids);
}
