import { sql } from 'kysely';
import { personSearchText } from '#core/person';
import { foldText, wordTokens } from '#core/text';
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

function searchBody(person: IndexedPerson): string {
  return wordTokens(personSearchText({ ...person, organization: person.organizationName })).join(' ');
}

/** Writes the search text and tags of new people, many rows per statement. */
export async function indexNewPeople(tx: Executor, ownerId: number, people: IndexedPerson[]): Promise<void> {
  for (const chunk of chunks(people)) {
    if (tx.dialect === 'sqlite') {
      await tx.kysely
        .insertInto('person_search')
        .values(chunk.map((person) => ({ rowid: person.id, body: searchBody(person) })))
        .execute();
    } else {
      const rows = chunk.map((person) => sql`(${person.id}::integer, ${searchBody(person)}::text)`);
      await sql`update person set search_vector = to_tsvector('simple', v.body)
        from (values ${sql.join(rows)}) as v(id, body) where person.id = v.id`.execute(tx.kysely);
    }
  }
  // Tags arrive free of case-only repeats, so each folded tag appears once per person.
  const tagRows = people.flatMap((person) =>
    person.tags.map((label) => ({ owner_id: ownerId, person_id: person.id, tag: foldText(label), label })),
  );
  for (const chunk of chunks(tagRows)) await tx.kysely.insertInto('person_tag').values(chunk).execute();
}

/** Replaces the search text and tags of people whose fields changed. */
export async function reindexPeople(tx: Executor, ownerId: number, people: IndexedPerson[]): Promise<void> {
  const ids = people.map((person) => person.id);
  for (const chunk of chunks(ids)) {
    if (tx.dialect === 'sqlite') await tx.kysely.deleteFrom('person_search').where('rowid', 'in', chunk).execute();
    await tx.kysely.deleteFrom('person_tag').where('person_id', 'in', chunk).execute();
  }
  await indexNewPeople(tx, ownerId, people);
}
