import { INBOUND_KINDS } from '#core/cadence/indexes';
import { STAGES_WITH_ACTIONS } from '#core/cadence/interview-actions';
import type {
  ActionStatus,
  CadenceContact,
  CadenceConversation,
  CadenceInterview,
  CadenceOrganization,
  CadencePerson,
  Instant,
} from '#core/cadence/types';
import type { InterviewStage } from '#core/interview';
import type { Relationship } from '#core/person';
import { sql, type Selectable, type SqlBool } from 'kysely';
import type { Executor } from './database';
import { STEP_INSTANT_COLUMNS, stepInstantsAt, type StepInstantColumn } from './interview.store';
import { ownerRead } from './compiled';
import { warmthRank } from './warmth-order';
import { asTuples, tuplesOf } from './tuples';
import {
  keepInTouchCandidates,
  keepInTouchPage,
  type KeepInTouchPage,
} from './keep-in-touch.store';
import type { InterviewTable } from './schema';

export type CadenceData = {
  interviews: CadenceInterview[];
  people: CadencePerson[];
  contacts: CadenceContact[];
  conversations: CadenceConversation[];
  organizations: CadenceOrganization[];
  /**
   * With a page of keep-in-touch reminders: how many of each status those people not read
   * (`sampled` are the ones read without a decision) add to the agenda.
   */
  keepInTouchCounted?: { counted: Record<ActionStatus, number>; sampled: Set<string> };
};

const text = (id: number | null) => (id === null ? null : String(id));

export type KeepInTouchRead =
  | { keepInTouchBefore?: Instant | undefined; keepInTouchPage?: undefined }
  | { keepInTouchPage: KeepInTouchPage };

/**
 * What the cadence engine needs for one agenda, read in three queries whose size follows the
 * actions that can come due rather than the network or its history:
 * - interviews in a stage that calls for actions, with their person and organization, and for
 *   an unanswered request the latest message received, call or meeting with the person;
 * - the introducers of those interviews and, at each organization of an unanswered request,
 *   the warmest person in no interview (one read);
 * - the people talked with whose keep-in-touch can fall due before `keepInTouchBefore` (their
 *   latest contact and conversation are kept on the person by triggers, see 0013).
 * Everything the engine is not given cannot change the agenda; see `CadenceInput`.
 */
export async function loadCadenceData(
  tx: Executor,
  ownerId: number,
  /** May still be worked out: the interview reads do not wait for it. */
  keepInTouchRead: KeepInTouchRead | PromiseLike<KeepInTouchRead> = {},
): Promise<CadenceData> {
  const [interviewRows, otherPeople, keepInTouch] = await Promise.all([
    interviewsWithActions(tx, ownerId),
    introducersAndNextPeople(tx, ownerId),
    Promise.resolve(keepInTouchRead).then(async (read) =>
      read.keepInTouchPage
        ? keepInTouchPage(tx, ownerId, read.keepInTouchPage)
        : { rows: await keepInTouchCandidates(tx, ownerId, read.keepInTouchBefore) },
    ),
  ]);
  const talkedWith = keepInTouch.rows;

  const people = new Map<number, CadencePerson>();
  const organizations = new Map<number, CadenceOrganization>();
  const addPerson = (
    id: number,
    name: string,
    organizationId: number | null,
    organizationName: string | null,
    relationship: string | null,
    archivedAt: string | null,
    inInterview: boolean,
  ) => {
    if (people.has(id)) return;
    people.set(id, {
      id: String(id),
      name,
      organizationId: text(organizationId),
      relationship: relationship as Relationship | null,
      archived: archivedAt !== null,
      inInterview,
    });
    if (
      organizationId !== null &&
      organizationName !== null &&
      !organizations.has(organizationId)
    ) {
      organizations.set(organizationId, { id: String(organizationId), name: organizationName });
    }
  };
  const interviewPeople = interviewRows.map(personOf);
  for (const person of interviewPeople) {
    addPerson(
      person.personId,
      person.name,
      person.organizationId,
      person.organizationName,
      person.relationship,
      person.archivedAt,
      true,
    );
  }
  // Not archived (the query says so), and their relationship never matters: they are spoken for.
  for (const [id, name, organizationId, organizationName] of talkedWith) {
    addPerson(id, name, organizationId, organizationName, null, null, true);
  }
  // Introducers first: they come with their organization's name.
  for (const r of otherPeople) {
    if (r.next_at !== null || r.id === null) continue;
    addPerson(
      r.id,
      r.name ?? '',
      r.organization_id,
      r.organization_name,
      r.relationship,
      r.archived_at,
      Boolean(r.in_interview),
    );
  }
  for (const r of otherPeople) {
    if (r.next_at === null) continue;
    if (r.id !== null) {
      addPerson(r.id, r.name ?? '', r.next_at, null, r.relationship, r.archived_at, false);
    }
    const organization = organizations.get(r.next_at);
    if (organization && r.people_in_interviews !== null) {
      organization.peopleInInterviews = Number(r.people_in_interviews);
    }
  }

  return {
    interviews: interviewRows.map(cadenceInterviewOfTuple),
    people: [...people.values()],
    contacts: [
      ...interviewPeople.flatMap(({ personId, lastInboundAt: at }) =>
        at === null ? [] : [{ personId: String(personId), lastAt: at, lastInboundAt: at }],
      ),
      ...talkedWith.map(([id, , , , lastContactAt]) => ({
        personId: String(id),
        lastAt: lastContactAt,
        lastInboundAt: null,
      })),
    ],
    conversations: talkedWith.map(([id, , , , , at, interviewId, playbookId]) => ({
      personId: String(id),
      interviewId: String(interviewId),
      at,
      playbookId,
    })),
    organizations: [...organizations.values()],
    ...('counted' in keepInTouch
      ? {
          keepInTouchCounted: {
            counted: keepInTouch.counted,
            sampled: new Set([...keepInTouch.sampled].map(String)),
          },
        }
      : {}),
  };
}

/**
 * What is read of an interview with actions, in this order: the interview, its person and
 * organization, and for an unanswered request the latest inbound contact.
 */
const INTERVIEW_COLUMNS = [
  'id',
  'person_id',
  'introduced_by_id',
  'stage',
  'playbook_id',
  'organization_id',
  ...STEP_INSTANT_COLUMNS,
  'name',
  'organization_name',
  'relationship',
  'archived_at',
  'last_inbound_at',
] as const;
const FIRST_STEP = INTERVIEW_COLUMNS.indexOf(STEP_INSTANT_COLUMNS[0]!);
const AFTER_STEPS = FIRST_STEP + STEP_INSTANT_COLUMNS.length;

/** An interview with actions as read: the values of `INTERVIEW_COLUMNS`. */
type InterviewTuple = [
  id: number,
  personId: number,
  introducedById: number | null,
  stage: InterviewStage,
  playbookId: string,
  organizationId: number | null,
  ...rest: unknown[],
];

/** The person of an interview tuple, their organization and latest inbound contact. */
function personOf(tuple: InterviewTuple) {
  const [, personId, , , , organizationId] = tuple;
  const after = (offset: number) => tuple[AFTER_STEPS + offset];
  return {
    personId,
    organizationId,
    name: after(0) as string,
    organizationName: after(1) as string | null,
    relationship: after(2) as string | null,
    archivedAt: after(3) as string | null,
    lastInboundAt: after(4) as Instant | null,
  };
}

/** An interview as the engine takes it, from its tuple. */
function cadenceInterviewOfTuple(tuple: InterviewTuple): CadenceInterview {
  const [id, personId, introducedById, stage, playbookId, organizationId] = tuple;
  return {
    id: String(id),
    personId: String(personId),
    organizationId: text(organizationId),
    introducedById: text(introducedById),
    stage,
    ...stepInstantsAt(tuple, FIRST_STEP),
    playbookId,
  };
}

/** An interview row (with its person's organization) as the engine takes it. */
export function cadenceInterviewOf(
  row: Pick<
    Selectable<InterviewTable>,
    'id' | 'person_id' | 'introduced_by_id' | 'stage' | 'playbook_id' | StepInstantColumn
  > & { organization_id: number | null },
): CadenceInterview {
  const values = row as unknown as Record<string, unknown>;
  return cadenceInterviewOfTuple(
    INTERVIEW_COLUMNS.map((column) => values[column]) as InterviewTuple,
  );
}

async function interviewsWithActions(tx: Executor, ownerId: number) {
  const rows = await readInterviewsWithActions(tx, ownerId);
  return tuplesOf<InterviewTuple>(tx.dialect, rows, INTERVIEW_COLUMNS);
}

const readInterviewsWithActions = ownerRead((tx, ownerId) => {
  const query = tx.kysely
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
      // An answer stops the no-reply cadence: one index lookup per unanswered request.
      (eb) =>
        eb
          .case()
          .when('i.stage', '=', 'asked')
          .then(
            eb
              .selectFrom('interaction as x')
              .select((inner) => inner.fn.max('x.at').as('at'))
              .where('x.owner_id', '=', ownerId)
              .whereRef('x.person_id', '=', 'i.person_id')
              .where('x.kind', 'in', INBOUND_KINDS),
          )
          .end()
          .as('last_inbound_at'),
    ])
    .where('i.owner_id', '=', ownerId)
    .where('i.stage', 'in', STAGES_WITH_ACTIONS);
  return asTuples(tx, query, INTERVIEW_COLUMNS);
});

/** A row of `introducersAndNextPeople`. */
type OtherPersonRow = {
  next_at: number | null;
  id: number | null;
  name: string | null;
  organization_id: number | null;
  organization_name: string | null;
  relationship: string | null;
  archived_at: string | null;
  in_interview: SqlBool;
  people_in_interviews: number | null;
};

/**
 * The people the engine needs besides those of the interviews and the reminders, in one read
 * (a round trip less for every agenda): the introducers of interviews with actions, and at each
 * organization with an unanswered request the person it would suggest next. `next_at` is that
 * organization for the second kind and null for introducers.
 */
const introducersAndNextPeople = ownerRead((tx, ownerId) =>
  withNextPeople(tx, ownerId)
    .selectFrom('person as p')
    .leftJoin('organization as o', 'o.id', 'p.organization_id')
    .select((eb) => [
      sql<number | null>`null`.as('next_at'),
      'p.id',
      'p.name',
      'p.organization_id',
      'o.name as organization_name',
      'p.relationship',
      'p.archived_at',
      // Introducers are thanked and named; being in an interview keeps them from being suggested.
      eb
        .exists(
          eb
            .selectFrom('interview as x')
            .select('x.id')
            .where('x.owner_id', '=', ownerId)
            .whereRef('x.person_id', '=', 'p.id'),
        )
        .as('in_interview'),
      sql<number | null>`null`.as('people_in_interviews'),
    ])
    .where('p.owner_id', '=', ownerId)
    .where('p.id', 'in', (eb) =>
      eb
        .selectFrom('interview')
        .select('introduced_by_id')
        .where('owner_id', '=', ownerId)
        .where('stage', 'in', STAGES_WITH_ACTIONS)
        .where('introduced_by_id', 'is not', null),
    )
    .$castTo<OtherPersonRow>()
    .unionAll((eb) =>
      eb
        .selectFrom('best')
        .leftJoin('person as p', 'p.id', 'best.id')
        .select((inner) => [
          sql<number | null>`best.organization_id`.as('next_at'),
          'p.id',
          'p.name',
          'p.organization_id',
          sql<string | null>`null`.as('organization_name'),
          'p.relationship',
          'p.archived_at',
          sql<boolean>`${sql.lit(false)}`.as('in_interview'),
          // Where nobody is free, how many people there are in interviews.
          inner
            .case()
            .when('best.id', 'is', null)
            .then(
              inner
                .selectFrom('interview as x')
                .innerJoin('person as xp', 'xp.id', 'x.person_id')
                .select((count) => count.fn.count<number>('x.person_id').distinct().as('people'))
                .where('x.owner_id', '=', ownerId)
                .whereRef('xp.organization_id', '=', 'best.organization_id'),
            )
            .end()
            .as('people_in_interviews'),
        ])
        .$castTo<OtherPersonRow>(),
    ),
);

/**
 * At each organization with an unanswered request, the person the engine would suggest next
 * (`best`): not archived, in no interview, of the warmest relationship, then first by name and
 * id. One short walk of the organization-warmth index (0015), stopping at the first person
 * found; none where nobody is free.
 */
function withNextPeople(tx: Executor, ownerId: number) {
  const db = tx.kysely;
  // The engine compares names by code unit; PostgreSQL's default collation would not.
  const byName = tx.dialect === 'postgres' ? sql`p.name collate "C"` : sql`p.name`;
  const firstFree = db
    .selectFrom('person as p')
    .select('p.id')
    .where('p.owner_id', '=', ownerId)
    .whereRef('p.organization_id', '=', sql.ref('asked.organization_id'))
    .where('p.archived_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('interview as x')
            .select('x.id')
            .where('x.owner_id', '=', ownerId)
            .whereRef('x.person_id', '=', 'p.id'),
        ),
      ),
    )
    .orderBy(warmthRank('p.relationship'))
    .orderBy(byName)
    .orderBy('p.id')
    .limit(1);
  return db
    .with('asked', (qb) =>
      qb
        .selectFrom('interview as ai')
        .innerJoin('person as ap', 'ap.id', 'ai.person_id')
        .select('ap.organization_id')
        .distinct()
        .where('ai.owner_id', '=', ownerId)
        .where('ai.stage', '=', 'asked')
        .where('ap.organization_id', 'is not', null),
    )
    .with(
      (cte) => cte('best').materialized(),
      (qb) => qb.selectFrom('asked').select(['asked.organization_id', firstFree.as('id')]),
    );
}
