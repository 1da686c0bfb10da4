import type {
  CadenceInteraction,
  CadenceInterview,
  CadenceOrganization,
  CadencePerson,
  InteractionKind,
} from '#core/cadence/types';
import type { InterviewStage } from '#core/interview';
import { sql } from 'kysely';
import { RELATIONSHIPS, type Relationship } from '#core/person';
import { warmth } from '#core/target';
import type { Executor } from './database';
import { STEP_INSTANT_COLUMNS, stepInstantsOf } from './interview.store';

export type CadenceData = {
  interviews: CadenceInterview[];
  people: CadencePerson[];
  interactions: CadenceInteraction[];
  organizations: CadenceOrganization[];
};

/**
 * What the cadence engine needs, in four queries whatever the size of the network: interviews
 * with their person (and organization); the introducers; the warmest candidates for a second
 * person at the organizations of unanswered requests; and each person's latest interaction of
 * each kind, read from a covering index. Organization names come with the people.
 */
export async function loadCadenceData(tx: Executor, ownerId: number): Promise<CadenceData> {
  const db = tx.kysely;
  const interviewRows = await db
    .selectFrom('interview as i')
    .innerJoin('person as p', 'p.id', 'i.person_id')
    .leftJoin('organization as o', 'o.id', 'p.organization_id')
    .select([
      'i.id',
      'i.person_id',
      'i.introduced_by_id',
      'i.stage',
      ...STEP_INSTANT_COLUMNS.map((column) => `i.${column}` as const),
      'i.playbook_id',
      'p.name',
      'p.organization_id',
      'o.name as organization_name',
      'p.relationship',
      'p.archived_at',
    ])
    .where('i.owner_id', '=', ownerId)
    .execute();

  const introducers = await peopleWithOrganization(tx)
    .where('p.owner_id', '=', ownerId)
    .where('p.id', 'in', (eb) =>
      eb
        .selectFrom('interview')
        .select('introduced_by_id')
        .where('owner_id', '=', ownerId)
        .where('introduced_by_id', 'is not', null),
    )
    .execute();
  const candidates = await secondPersonCandidates(tx, ownerId);

  const interactionRows = await db
    .selectFrom('interaction')
    .select(['person_id', 'kind', (eb) => eb.fn.max('at').as('at')])
    .where('owner_id', '=', ownerId)
    .where('kind', '!=', 'stage_change')
    .groupBy(['person_id', 'kind'])
    .execute();

  const people = new Map<number, CadencePerson>();
  const organizations = new Map<number, CadenceOrganization>();
  const text = (id: number | null) => (id === null ? null : String(id));
  const addPerson = (row: {
    id: number;
    name: string;
    organization_id: number | null;
    organization_name: string | null;
    relationship: string | null;
    archived_at: string | null;
  }) => {
    if (people.has(row.id)) return;
    people.set(row.id, {
      id: String(row.id),
      name: row.name,
      organizationId: text(row.organization_id),
      relationship: row.relationship as Relationship | null,
      archived: row.archived_at !== null,
    });
    if (row.organization_id !== null && row.organization_name !== null)
      organizations.set(row.organization_id, {
        id: String(row.organization_id),
        name: row.organization_name,
      });
  };
  for (const row of interviewRows) addPerson({ ...row, id: row.person_id });
  for (const row of [...introducers, ...candidates]) addPerson(row);

  return {
    interviews: interviewRows.map((row) => ({
      id: String(row.id),
      personId: String(row.person_id),
      organizationId: text(row.organization_id),
      introducedById: text(row.introduced_by_id),
      stage: row.stage as InterviewStage,
      ...stepInstantsOf(row),
      playbookId: row.playbook_id,
    })),
    people: [...people.values()],
    interactions: interactionRows.map((row) => ({
      personId: String(row.person_id),
      at: row.at,
      kind: row.kind as InteractionKind,
    })),
    organizations: [...organizations.values()],
  };
}

/** A person as the cadence sees them, with their organization's name. */
function peopleWithOrganization(tx: Executor) {
  return tx.kysely
    .selectFrom('person as p')
    .leftJoin('organization as o', 'o.id', 'p.organization_id')
    .select([
      'p.id',
      'p.name',
      'p.organization_id',
      'o.name as organization_name',
      'p.relationship',
      'p.archived_at',
    ]);
}

/**
 * At each organization with an unanswered request, the people the cadence could suggest next:
 * not archived, in no interview, and of the warmest relationship and first name there. The
 * engine makes the final choice among these (by id), so it sees a handful of people per
 * organization instead of everyone who works there.
 */
async function secondPersonCandidates(tx: Executor, ownerId: number) {
  const db = tx.kysely;
  const warmthOf = sql.join(
    RELATIONSHIPS.map(
      (relationship) => sql`when ${sql.lit(relationship)} then ${sql.lit(warmth(relationship))}`,
    ),
    sql` `,
  );
  // The engine compares names by code unit; PostgreSQL's default collation would not.
  const byName = tx.dialect === 'postgres' ? sql`p.name collate "C"` : sql`p.name`;
  const ranked = peopleWithOrganization(tx)
    .select(
      sql<number>`dense_rank() over (partition by p.organization_id order by case p.relationship ${warmthOf} else ${sql.lit(warmth(null))} end desc, ${byName})`.as(
        'place',
      ),
    )
    .where('p.owner_id', '=', ownerId)
    .where('p.archived_at', 'is', null)
    .where('p.organization_id', 'in', (eb) =>
      eb
        .selectFrom('interview as i')
        .innerJoin('person as asked', 'asked.id', 'i.person_id')
        .select('asked.organization_id')
        .where('i.owner_id', '=', ownerId)
        .where('i.stage', '=', 'asked')
        .where('asked.organization_id', 'is not', null),
    )
    .where('p.id', 'not in', (eb) =>
      eb.selectFrom('interview').select('person_id').where('owner_id', '=', ownerId),
    );
  return db
    .selectFrom(ranked.as('c'))
    .select([
      'c.id',
      'c.name',
      'c.organization_id',
      'c.organization_name',
      'c.relationship',
      'c.archived_at',
    ])
    .where('c.place', '=', 1)
    .execute();
}
