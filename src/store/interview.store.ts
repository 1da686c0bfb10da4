import type { Exploration, ExplorationInput, Interview } from '#core/interview-input';
import type { StepInstants } from '#core/interview-stamps';
import type { InterviewStage } from '#core/interview';
import type { Executor } from './database';
import type { InterviewTable } from './schema';

type InterviewRow = Omit<InterviewTable, 'id'> & { id: number };

/** Where each step instant is stored: one table for every reader and writer of them. */
const STEP_COLUMN = {
  requestSentAt: 'request_sent_at',
  followUpSentAt: 'follow_up_sent_at',
  agreedAt: 'agreed_at',
  scheduledFor: 'scheduled_for',
  heldAt: 'held_at',
  thankYouSentAt: 'thank_you_sent_at',
  introducerThankedAt: 'introducer_thanked_at',
  questionsSentAt: 'questions_sent_at',
  lastReplyAt: 'last_reply_at',
} as const satisfies Record<keyof StepInstants, keyof InterviewTable>;

export type StepInstantColumn = (typeof STEP_COLUMN)[keyof StepInstants];
const STEP_FIELDS = Object.keys(STEP_COLUMN) as (keyof StepInstants)[];
export const STEP_INSTANT_COLUMNS = Object.values(STEP_COLUMN) as StepInstantColumn[];

/** The step instants of a row, under the names core uses. */
export function stepInstantsOf(row: Pick<InterviewTable, StepInstantColumn>): StepInstants {
  const steps: Record<string, unknown> = {};
  for (const field of STEP_FIELDS) steps[field] = row[STEP_COLUMN[field]];
  return steps as StepInstants;
}

/**
 * The step instants under the names core uses, from values read in the order of
 * `STEP_INSTANT_COLUMNS`, starting at `offset`.
 */
export function stepInstantsAt(values: readonly unknown[], offset: number): StepInstants {
  const steps: Record<string, unknown> = {};
  for (let i = 0; i < STEP_FIELDS.length; i += 1) steps[STEP_FIELDS[i]!] = values[offset + i];
  return steps as StepInstants;
}

/** Step instants core decided to stamp, as a change of columns. */
export function stepColumnsOf(instants: Partial<StepInstants>): InterviewChange {
  const change: InterviewChange = {};
  for (const field of STEP_FIELDS) {
    const value = instants[field];
    if (value !== undefined) change[STEP_COLUMN[field]] = value;
  }
  return change;
}
export type InterviewFilter = {
  id?: number;
  personId?: number;
  stage?: InterviewStage;
  explorationId?: number;
  organizationId?: number;
};
/** The step instants, stage, playbook and introducer a service may change, in column names. */
export type InterviewChange = Partial<
  Pick<InterviewTable, 'stage' | 'playbook_id' | 'introduced_by_id' | StepInstantColumn>
>;

export async function insertExploration(
  tx: Executor,
  ownerId: number,
  values: ExplorationInput,
  now: Date,
): Promise<number> {
  const stamp = now.toISOString();
  const { id } = await tx.kysely
    .insertInto('exploration')
    .values({
      owner_id: ownerId,
      version: 1,
      title: values.title,
      kind: values.kind,
      key_questions: JSON.stringify(values.keyQuestions),
      status: values.status,
      created_at: stamp,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function listExplorationRows(
  tx: Executor,
  ownerId: number,
  ids?: readonly number[],
): Promise<Exploration[]> {
  if (ids && ids.length === 0) return [];
  let query = tx.kysely
    .selectFrom('exploration')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .orderBy('id');
  if (ids) query = query.where('id', 'in', ids);
  return (await query.execute()).map((row) => ({
    id: row.id,
    version: row.version,
    title: row.title,
    kind: row.kind as Exploration['kind'],
    keyQuestions: JSON.parse(row.key_questions) as string[],
    status: row.status as Exploration['status'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

/** Writes the changed fields if the exploration is still at `version`; false when it moved on. */
export async function updateExplorationRow(
  tx: Executor,
  ownerId: number,
  id: number,
  version: number,
  change: Partial<ExplorationInput>,
  now: Date,
): Promise<boolean> {
  const { keyQuestions, ...rest } = change;
  const result = await tx.kysely
    .updateTable('exploration')
    .set({
      ...rest,
      ...(keyQuestions ? { key_questions: JSON.stringify(keyQuestions) } : {}),
      version: version + 1,
      updated_at: now.toISOString(),
    })
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** How many interviews there are, how many got a yes and how many were held. */
export async function countInterviews(tx: Executor, ownerId: number) {
  const row = await tx.kysely
    .selectFrom('interview')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('interviews'),
      eb.fn.count<number | string>('agreed_at').as('said_yes'),
      eb.fn.count<number | string>('held_at').as('held'),
    ])
    .where('owner_id', '=', ownerId)
    .executeTakeFirstOrThrow();
  // PostgreSQL counts in bigint, which its driver hands over as text.
  return {
    interviews: Number(row.interviews),
    saidYes: Number(row.said_yes),
    conversationsHeld: Number(row.held),
  };
}

/** How many interviews each of the owner's explorations has (explorations with none are absent). */
export async function countInterviewsByExploration(
  tx: Executor,
  ownerId: number,
): Promise<Map<number, number>> {
  const rows = await tx.kysely
    .selectFrom('interview_exploration')
    .innerJoin('exploration', 'exploration.id', 'interview_exploration.exploration_id')
    .select(['interview_exploration.exploration_id', (eb) => eb.fn.countAll().as('n')])
    .where('exploration.owner_id', '=', ownerId)
    .groupBy('interview_exploration.exploration_id')
    .execute();
  return new Map(rows.map((row) => [row.exploration_id, Number(row.n)]));
}

export async function insertInterview(
  tx: Executor,
  ownerId: number,
  values: {
    personId: number;
    introducedById: number | null;
    stage: InterviewStage;
    playbookId: string;
    explorationIds: readonly number[];
  },
  now: Date,
): Promise<number> {
  const stamp = now.toISOString();
  const { id } = await tx.kysely
    .insertInto('interview')
    .values({
      owner_id: ownerId,
      version: 1,
      person_id: values.personId,
      introduced_by_id: values.introducedById,
      stage: values.stage,
      playbook_id: values.playbookId,
      created_at: stamp,
      updated_at: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const links = [...new Set(values.explorationIds)];
  if (links.length > 0) {
    await tx.kysely
      .insertInto('interview_exploration')
      .values(links.map((explorationId) => ({ interview_id: id, exploration_id: explorationId })))
      .execute();
  }
  return id;
}

/** Interviews of the owner, newest first, each with its exploration ids (two queries). */
export async function listInterviewRows(
  tx: Executor,
  ownerId: number,
  filter: InterviewFilter = {},
): Promise<Interview[]> {
  let query = tx.kysely
    .selectFrom('interview')
    .selectAll('interview')
    .where('interview.owner_id', '=', ownerId)
    .orderBy('interview.id', 'desc');
  if (filter.id !== undefined) query = query.where('interview.id', '=', filter.id);
  if (filter.personId !== undefined)
    query = query.where('interview.person_id', '=', filter.personId);
  if (filter.stage) query = query.where('interview.stage', '=', filter.stage);
  if (filter.explorationId !== undefined) {
    const explorationId = filter.explorationId;
    query = query.where('interview.id', 'in', (qb) =>
      qb
        .selectFrom('interview_exploration')
        .select('interview_id')
        .where('exploration_id', '=', explorationId),
    );
  }
  if (filter.organizationId !== undefined) {
    const organizationId = filter.organizationId;
    query = query.where('interview.person_id', 'in', (qb) =>
      qb
        .selectFrom('person')
        .select('id')
        .where('owner_id', '=', ownerId)
        .where('organization_id', '=', organizationId),
    );
  }
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const links = await tx.kysely
    .selectFrom('interview_exploration')
    .innerJoin('interview', 'interview.id', 'interview_exploration.interview_id')
    .select(['interview_exploration.interview_id', 'interview_exploration.exploration_id'])
    .where('interview.owner_id', '=', ownerId)
    .$if(filter.id !== undefined, (qb) => qb.where('interview.id', '=', filter.id!))
    .orderBy('interview_exploration.exploration_id')
    .execute();
  const byInterview = new Map<number, number[]>();
  for (const link of links) {
    const list = byInterview.get(link.interview_id) ?? [];
    list.push(link.exploration_id);
    byInterview.set(link.interview_id, list);
  }
  return rows.map((row) => toInterview(row, byInterview.get(row.id) ?? []));
}

function toInterview(row: InterviewRow, explorationIds: number[]): Interview {
  return {
    id: row.id,
    version: row.version,
    personId: row.person_id,
    introducedById: row.introduced_by_id,
    stage: row.stage as InterviewStage,
    playbookId: row.playbook_id,
    explorationIds,
    ...stepInstantsOf(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Writes the change if the interview is still at `version`; false when it moved on. */
export async function updateInterview(
  tx: Executor,
  ownerId: number,
  id: number,
  version: number,
  change: InterviewChange,
  now: Date,
): Promise<boolean> {
  const result = await tx.kysely
    .updateTable('interview')
    .set({ ...change, version: version + 1, updated_at: now.toISOString() })
    .where('owner_id', '=', ownerId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Interviews with the person that are still an idea or an unanswered request take the person's
 * new introducer; later ones keep the one the conversation actually came through.
 */
export async function followPersonIntroducer(
  tx: Executor,
  ownerId: number,
  personId: number,
  introducedById: number | null,
  now: Date,
): Promise<void> {
  await tx.kysely
    .updateTable('interview')
    .set((eb) => ({
      introduced_by_id: introducedById,
      version: eb('version', '+', 1),
      updated_at: now.toISOString(),
    }))
    .where('owner_id', '=', ownerId)
    .where('person_id', '=', personId)
    .where('stage', 'in', ['idea', 'asked'])
    .where((eb) =>
      introducedById === null
        ? eb('introduced_by_id', 'is not', null)
        : eb.or([eb('introduced_by_id', 'is', null), eb('introduced_by_id', '!=', introducedById)]),
    )
    .execute();
}
