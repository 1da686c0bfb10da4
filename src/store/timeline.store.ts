import type { ActionDecision } from '#core/cadence/types';
import type { Interaction, Message } from '#core/interview-input';
import type { Executor } from './database';

export async function insertMessage(
  tx: Executor,
  ownerId: number,
  values: Omit<Message, 'id' | 'createdAt'>,
  now: Date,
): Promise<number> {
  const { id } = await tx.kysely
    .insertInto('message')
    .values({
      owner_id: ownerId,
      interview_id: values.interviewId,
      person_id: values.personId,
      kind: values.kind,
      channel: values.channel,
      subject: values.subject,
      body: values.body,
      status: values.status,
      sent_at: values.sentAt,
      created_at: now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function listMessages(
  tx: Executor,
  ownerId: number,
  filter: { id?: number; interviewId?: number; personId?: number },
): Promise<Message[]> {
  let query = tx.kysely
    .selectFrom('message')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .orderBy('created_at')
    .orderBy('id');
  if (filter.id !== undefined) query = query.where('id', '=', filter.id);
  if (filter.interviewId !== undefined)
    query = query.where('interview_id', '=', filter.interviewId);
  if (filter.personId !== undefined) query = query.where('person_id', '=', filter.personId);
  return (await query.execute()).map((row) => ({
    id: row.id,
    interviewId: row.interview_id,
    personId: row.person_id,
    kind: row.kind as Message['kind'],
    channel: row.channel as Message['channel'],
    subject: row.subject,
    body: row.body,
    status: row.status as Message['status'],
    sentAt: row.sent_at,
    createdAt: row.created_at,
  }));
}

export async function insertInteraction(
  tx: Executor,
  ownerId: number,
  values: Omit<Interaction, 'id' | 'createdAt'>,
  now: Date,
): Promise<number> {
  const { id } = await tx.kysely
    .insertInto('interaction')
    .values({
      owner_id: ownerId,
      person_id: values.personId,
      interview_id: values.interviewId,
      kind: values.kind,
      at: values.at,
      summary: values.summary,
      created_at: now.toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** A timeline, oldest first: the interactions of a person, or of one interview, or one by id. */
export async function listInteractions(
  tx: Executor,
  ownerId: number,
  filter: { id?: number; personId?: number; interviewId?: number },
): Promise<Interaction[]> {
  let query = tx.kysely
    .selectFrom('interaction')
    .selectAll()
    .where('owner_id', '=', ownerId)
    .orderBy('at')
    .orderBy('id');
  if (filter.id !== undefined) query = query.where('id', '=', filter.id);
  if (filter.personId !== undefined) query = query.where('person_id', '=', filter.personId);
  if (filter.interviewId !== undefined)
    query = query.where('interview_id', '=', filter.interviewId);
  return (await query.execute()).map((row) => ({
    id: row.id,
    personId: row.person_id,
    interviewId: row.interview_id,
    kind: row.kind as Interaction['kind'],
    at: row.at,
    summary: row.summary,
    createdAt: row.created_at,
  }));
}

export async function insertDecision(
  tx: Executor,
  ownerId: number,
  decision: ActionDecision,
  now: Date,
): Promise<void> {
  await tx.kysely
    .insertInto('action_decision')
    .values({
      owner_id: ownerId,
      action_id: decision.actionId,
      decision: decision.decision,
      until: decision.decision === 'snoozed' ? decision.until : null,
      decided_at: now.toISOString(),
    })
    .execute();
}

/** Every decision of the owner in the order made (the latest about an action wins). */
export async function listDecisions(tx: Executor, ownerId: number): Promise<ActionDecision[]> {
  return (await decisionsQuery(tx, ownerId).execute()).map(toDecision);
}

export const DECISION_COLUMNS = ['action_id', 'decision', 'until'] as const;

/** The owner's decisions as rows, oldest first (by `id`, which is read too). */
export function decisionsQuery(tx: Executor, ownerId: number) {
  return tx.kysely
    .selectFrom('action_decision')
    .select([...DECISION_COLUMNS, 'id'])
    .where('owner_id', '=', ownerId)
    .orderBy('id');
}

export function toDecision(row: {
  action_id: string;
  decision: string;
  until: string | null;
}): ActionDecision {
  return row.decision === 'snoozed'
    ? { actionId: row.action_id, decision: 'snoozed', until: row.until ?? '' }
    : { actionId: row.action_id, decision: row.decision as 'done' | 'dismissed' };
}
