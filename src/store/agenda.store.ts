import type {
  CadenceInteraction,
  CadenceInterview,
  CadenceOrganization,
  CadencePerson,
  InteractionKind,
} from '#core/cadence/types';
import type { InterviewStage } from '#core/interview';
import type { Relationship } from '#core/person';
import type { Executor } from './database';

export type CadenceData = {
  interviews: CadenceInterview[];
  people: CadencePerson[];
  interactions: CadenceInteraction[];
  organizations: CadenceOrganization[];
};

/**
 * What the cadence engine needs, in four queries whatever the size of the network: interviews
 * with their person's organization; the people interviews name plus everyone at the
 * organizations of unanswered requests; each person's latest interaction of each kind; and the
 * names of those organizations.
 */
export async function loadCadenceData(tx: Executor, ownerId: number): Promise<CadenceData> {
  const db = tx.kysely;
  const interviewRows = await db
    .selectFrom('interview')
    .innerJoin('person', 'person.id', 'interview.person_id')
    .select([
      'interview.id',
      'interview.person_id',
      'interview.introduced_by_id',
      'interview.stage',
      'interview.request_sent_at',
      'interview.agreed_at',
      'interview.scheduled_for',
      'interview.held_at',
      'interview.thank_you_sent_at',
      'interview.introducer_thanked_at',
      'interview.questions_sent_at',
      'interview.last_reply_at',
      'interview.playbook_id',
      'person.organization_id',
    ])
    .where('interview.owner_id', '=', ownerId)
    .execute();

  const askedOrganizations = db
    .selectFrom('interview')
    .innerJoin('person', 'person.id', 'interview.person_id')
    .select('person.organization_id')
    .where('interview.owner_id', '=', ownerId)
    .where('interview.stage', '=', 'asked')
    .where('person.organization_id', 'is not', null);
  const peopleRows = await db
    .selectFrom('person')
    .select(['id', 'name', 'organization_id', 'relationship', 'archived_at'])
    .where('owner_id', '=', ownerId)
    .where((eb) =>
      eb.or([
        eb(
          'id',
          'in',
          eb.selectFrom('interview').select('person_id').where('owner_id', '=', ownerId),
        ),
        eb(
          'id',
          'in',
          eb
            .selectFrom('interview')
            .select('introduced_by_id')
            .where('owner_id', '=', ownerId)
            .where('introduced_by_id', 'is not', null),
        ),
        eb('organization_id', 'in', askedOrganizations),
      ]),
    )
    .execute();

  const interactionRows = await db
    .selectFrom('interaction')
    .select(['person_id', 'kind', (eb) => eb.fn.max('at').as('at')])
    .where('owner_id', '=', ownerId)
    .where('kind', '!=', 'stage_change')
    .groupBy(['person_id', 'kind'])
    .execute();

  const organizationRows = await db
    .selectFrom('organization')
    .select(['id', 'name'])
    .where('owner_id', '=', ownerId)
    .where('id', 'in', askedOrganizations)
    .execute();

  const text = (id: number | null) => (id === null ? null : String(id));
  return {
    interviews: interviewRows.map((row) => ({
      id: String(row.id),
      personId: String(row.person_id),
      organizationId: text(row.organization_id),
      introducedById: text(row.introduced_by_id),
      stage: row.stage as InterviewStage,
      requestSentAt: row.request_sent_at,
      agreedAt: row.agreed_at,
      scheduledFor: row.scheduled_for,
      heldAt: row.held_at,
      thankYouSentAt: row.thank_you_sent_at,
      introducerThankedAt: row.introducer_thanked_at,
      questionsSentAt: row.questions_sent_at,
      lastReplyAt: row.last_reply_at,
      playbookId: row.playbook_id,
    })),
    people: peopleRows.map((row) => ({
      id: String(row.id),
      name: row.name,
      organizationId: text(row.organization_id),
      relationship: row.relationship as Relationship | null,
      archived: row.archived_at !== null,
    })),
    interactions: interactionRows.map((row) => ({
      personId: String(row.person_id),
      at: row.at,
      kind: row.kind as InteractionKind,
    })),
    organizations: organizationRows.map((row) => ({ id: String(row.id), name: row.name })),
  };
}
