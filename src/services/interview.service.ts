import { AppError } from '#core/errors';
import { allowedNextStages, assertTransition, type InterviewStage } from '#core/interview';
import {
  ExplorationInputSchema,
  InteractionInputSchema,
  InterviewInputSchema,
  InterviewListQuerySchema,
  InterviewPlaybookChangeSchema,
  MessageInputSchema,
  ReplyInputSchema,
  StageChangeSchema,
  type Exploration,
  type Interaction,
  type Interview,
  type Message,
} from '#core/interview-input';
import {
  ExplorationPatchSchema,
  type ExplorationSummary,
  type InterviewListItem,
} from '#core/interview-view';
import type { PersonDetail } from '#core/person';
import { parseInput } from '#core/validation';
import { withWriteTransaction, type Executor } from '#store/database';
import {
  countInterviewsByExploration,
  insertExploration,
  insertInterview,
  listExplorationRows,
  listInterviewRows,
  updateExplorationRow,
  updateInterview,
  type InterviewChange,
} from '#store/interview.store';
import { listPersonLabels } from '#store/person-label.store';
import {
  insertInteraction,
  insertMessage,
  listInteractions,
  listMessages,
} from '#store/timeline.store';
import { changedElsewhere } from './conflict';
import type { ServiceContext } from './context';
import { readExecutor } from './paging';
import { getPerson, requirePerson } from './person.service';
import { loadPlaybooks, requirePlaybook } from './playbook.service';

const RELOAD = 'reload to see the change, then try again';

export type InterviewDetail = Interview & {
  person: PersonDetail;
  explorations: Exploration[];
  messages: Message[];
  /** The person's whole timeline, oldest first. */
  interactions: Interaction[];
};

/** A field, role, industry or organization the user is finding out about. */
export async function createExploration(ctx: ServiceContext, input: unknown): Promise<Exploration> {
  const fields = parseInput(ExplorationInputSchema, input, 'exploration');
  const id = await withWriteTransaction(ctx.db, (tx) =>
    insertExploration(tx, ctx.userId, fields, ctx.clock.now()),
  );
  const [created] = await listExplorationRows(readExecutor(ctx), ctx.userId, [id]);
  return created!;
}

/** Every exploration with how many interviews it has. */
export async function listExplorations(
  ctx: ServiceContext,
): Promise<{ items: ExplorationSummary[] }> {
  const tx = readExecutor(ctx);
  const [rows, counts] = await Promise.all([
    listExplorationRows(tx, ctx.userId),
    countInterviewsByExploration(tx, ctx.userId),
  ]);
  return { items: rows.map((row) => ({ ...row, interviewCount: counts.get(row.id) ?? 0 })) };
}

/** Renames, re-kinds, re-questions or re-statuses an exploration at the version the user saw. */
export async function updateExploration(
  ctx: ServiceContext,
  id: number,
  input: unknown,
): Promise<Exploration> {
  const { version, ...change } = parseInput(ExplorationPatchSchema, input, 'exploration');
  await withWriteTransaction(ctx.db, async (tx) => {
    const written = await updateExplorationRow(
      tx,
      ctx.userId,
      id,
      version,
      change,
      ctx.clock.now(),
    );
    if (written) return;
    const [current] = await listExplorationRows(tx, ctx.userId, [id]);
    if (!current) throw new AppError('not_found', `No exploration with id ${id}`);
    throw changedElsewhere('exploration', current, RELOAD);
  });
  const [updated] = await listExplorationRows(readExecutor(ctx), ctx.userId, [id]);
  return updated!;
}

/** Starts an interview with a person; the introducer is copied from the person. */
export async function createInterview(ctx: ServiceContext, input: unknown): Promise<Interview> {
  const fields = parseInput(InterviewInputSchema, input, 'interview');
  const id = await withWriteTransaction(ctx.db, async (tx) => {
    const person = await requirePerson(tx, ctx.userId, fields.personId);
    const explorationIds = [...new Set(fields.explorationIds ?? [])];
    const found = await listExplorationRows(tx, ctx.userId, explorationIds);
    const missing = explorationIds.filter((e) => !found.some((row) => row.id === e));
    if (missing.length > 0) {
      throw new AppError('invalid_input', `No exploration with id ${missing.join(', ')}`, {
        issues: [{ path: 'explorationIds', message: 'not one of your explorations' }],
      });
    }
    return insertInterview(
      tx,
      ctx.userId,
      {
        personId: person.id,
        introducedById: person.introducedById,
        stage: fields.stage,
        playbookId: (await loadPlaybooks(tx, ctx.userId)).active.id,
        explorationIds,
      },
      ctx.clock.now(),
    );
  });
  return requireInterview(readExecutor(ctx), ctx.userId, id);
}

/** Interviews, newest first, each with its person's name and organization and the introducer. */
export async function listInterviews(
  ctx: ServiceContext,
  query: unknown,
): Promise<{ items: InterviewListItem[] }> {
  const filter = parseInput(InterviewListQuerySchema, query, 'interview filter');
  return { items: await listInterviewItems(readExecutor(ctx), ctx.userId, filter) };
}

/** Interview rows with the names lists show (three queries whatever the number). */
export async function listInterviewItems(
  tx: Executor,
  ownerId: number,
  filter: Parameters<typeof listInterviewRows>[2],
): Promise<InterviewListItem[]> {
  const rows = await listInterviewRows(tx, ownerId, filter);
  const labels = await listPersonLabels(
    tx,
    ownerId,
    rows.flatMap((row) => [row.personId, row.introducedById ?? row.personId]),
  );
  return rows.map((row) => {
    const introducer = row.introducedById === null ? undefined : labels.get(row.introducedById);
    return {
      ...row,
      person: labels.get(row.personId)!,
      introducer: introducer ? { id: introducer.id, name: introducer.name } : null,
    };
  });
}

/** One interview with its person, explorations, messages and the person's timeline. */
export async function getInterview(ctx: ServiceContext, id: number): Promise<InterviewDetail> {
  const tx = readExecutor(ctx);
  const interview = await requireInterview(tx, ctx.userId, id);
  const [person, explorations, messages, interactions] = await Promise.all([
    getPerson(ctx, interview.personId),
    listExplorationRows(tx, ctx.userId, interview.explorationIds),
    listMessages(tx, ctx.userId, { interviewId: id }),
    listInteractions(tx, ctx.userId, { personId: interview.personId }),
  ]);
  return { ...interview, person, explorations, messages, interactions };
}

async function requireInterview(tx: Executor, ownerId: number, id: number): Promise<Interview> {
  const [found] = await listInterviewRows(tx, ownerId, { id });
  if (!found) throw new AppError('not_found', `No interview with id ${id}`);
  return found;
}

/** The instant each stage stamps when the interview enters it. */
function stampsFor(stage: InterviewStage, at: string, current: Interview): InterviewChange {
  switch (stage) {
    case 'asked':
      return { request_sent_at: at };
    case 'agreed':
      return current.stage === 'scheduled' ? {} : { agreed_at: at };
    case 'held':
      return { held_at: at, ...(current.agreedAt ? {} : { agreed_at: at }) };
    default:
      return {};
  }
}

/**
 * Moves the interview to `to` (checked by the method's rules) with the extra change, at `version`,
 * and logs the move as an interaction. Throws `conflict` when the interview moved on.
 */
async function moveInterview(
  ctx: ServiceContext,
  tx: Executor,
  current: Interview,
  to: InterviewStage,
  at: string,
  extra: InterviewChange = {},
): Promise<void> {
  assertTransition(current.stage, to);
  await writeInterview(ctx, tx, current, { ...stampsFor(to, at, current), ...extra, stage: to });
  await insertInteraction(
    tx,
    ctx.userId,
    {
      personId: current.personId,
      interviewId: current.id,
      kind: 'stage_change',
      at,
      summary: `${current.stage} → ${to}`,
    },
    ctx.clock.now(),
  );
}

async function writeInterview(
  ctx: ServiceContext,
  tx: Executor,
  current: Interview,
  change: InterviewChange,
): Promise<void> {
  const written = await updateInterview(
    tx,
    ctx.userId,
    current.id,
    current.version,
    change,
    ctx.clock.now(),
  );
  if (!written) {
    throw changedElsewhere('interview', await requireInterview(tx, ctx.userId, current.id), RELOAD);
  }
}

/** Moves an interview along its stages; the version must be the one the user saw. */
export async function changeStage(
  ctx: ServiceContext,
  id: number,
  input: unknown,
): Promise<Interview> {
  const change = parseInput(StageChangeSchema, input, 'stage change');
  await withWriteTransaction(ctx.db, async (tx) => {
    const current = await requireInterview(tx, ctx.userId, id);
    if (current.version !== change.version) {
      throw changedElsewhere('interview', current, RELOAD);
    }
    const extra = change.scheduledFor ? { scheduled_for: change.scheduledFor } : {};
    await moveInterview(ctx, tx, current, change.stage, ctx.clock.now().toISOString(), extra);
  });
  return requireInterview(readExecutor(ctx), ctx.userId, id);
}

/** Makes the interview follow another of the user's playbooks from now on. */
export async function changeInterviewPlaybook(
  ctx: ServiceContext,
  id: number,
  input: unknown,
): Promise<Interview> {
  const change = parseInput(InterviewPlaybookChangeSchema, input, 'interview change');
  await withWriteTransaction(ctx.db, async (tx) => {
    const current = await requireInterview(tx, ctx.userId, id);
    if (current.version !== change.version) {
      throw changedElsewhere('interview', current, RELOAD);
    }
    await requirePlaybook(tx, ctx.userId, change.playbookId, 'playbookId');
    await writeInterview(ctx, tx, current, { playbook_id: change.playbookId });
  });
  return requireInterview(readExecutor(ctx), ctx.userId, id);
}

const SENT_STAMPS: Partial<Record<Message['kind'], keyof InterviewChange>> = {
  thank_you: 'thank_you_sent_at',
  introducer_thanks: 'introducer_thanked_at',
  questions_in_advance: 'questions_sent_at',
};

/** Records a sent message; a sent request moves the interview to `asked` and restarts the cadence. */
export async function recordMessage(
  ctx: ServiceContext,
  interviewId: number,
  input: unknown,
): Promise<Message> {
  const fields = parseInput(MessageInputSchema, input, 'message');
  const now = ctx.clock.now();
  const sentAt = fields.sentAt ? new Date(fields.sentAt).toISOString() : now.toISOString();
  const messageId = await withWriteTransaction(ctx.db, async (tx) => {
    const current = await requireInterview(tx, ctx.userId, interviewId);
    const id = await insertMessage(
      tx,
      ctx.userId,
      {
        interviewId,
        personId: current.personId,
        kind: fields.kind,
        channel: fields.channel,
        subject: fields.subject ?? null,
        body: fields.body,
        status: 'sent',
        sentAt,
      },
      now,
    );
    await insertInteraction(
      tx,
      ctx.userId,
      {
        personId: current.personId,
        interviewId,
        kind: 'message_sent',
        at: sentAt,
        summary: fields.subject ?? fields.kind,
      },
      now,
    );
    if (fields.kind === 'request') {
      if (current.stage === 'asked') {
        await writeInterview(ctx, tx, current, { request_sent_at: sentAt });
      } else if (allowedNextStages(current.stage).includes('asked')) {
        await moveInterview(ctx, tx, current, 'asked', sentAt);
      }
    }
    const stamp = SENT_STAMPS[fields.kind];
    if (stamp) await writeInterview(ctx, tx, current, { [stamp]: sentAt });
    return id;
  });
  const [message] = await listMessages(readExecutor(ctx), ctx.userId, { id: messageId });
  return message!;
}

const REPLY_STAGE = { positive: 'agreed', negative: 'declined', later: null } as const;

/** Logs a reply: it stops the no-reply cadence, and a yes or a no moves the stage. */
export async function recordReply(
  ctx: ServiceContext,
  interviewId: number,
  input: unknown,
): Promise<Interview> {
  const fields = parseInput(ReplyInputSchema, input, 'reply');
  const receivedAt = new Date(fields.receivedAt).toISOString();
  await withWriteTransaction(ctx.db, async (tx) => {
    const current = await requireInterview(tx, ctx.userId, interviewId);
    await insertInteraction(
      tx,
      ctx.userId,
      {
        personId: current.personId,
        interviewId,
        kind: 'message_received',
        at: receivedAt,
        summary: `reply: ${fields.sentiment}`,
      },
      ctx.clock.now(),
    );
    const to = REPLY_STAGE[fields.sentiment];
    const extra = { last_reply_at: receivedAt };
    if (to && allowedNextStages(current.stage).includes(to)) {
      await moveInterview(ctx, tx, current, to, receivedAt, extra);
    } else {
      await writeInterview(ctx, tx, current, extra);
    }
  });
  return requireInterview(readExecutor(ctx), ctx.userId, interviewId);
}

/** Logs a call, meeting, note or message with a person, optionally about one interview. */
export async function logInteraction(ctx: ServiceContext, input: unknown): Promise<Interaction> {
  const fields = parseInput(InteractionInputSchema, input, 'interaction');
  const id = await withWriteTransaction(ctx.db, async (tx) => {
    await requirePerson(tx, ctx.userId, fields.personId);
    if (fields.interviewId !== undefined) {
      const interview = await requireInterview(tx, ctx.userId, fields.interviewId);
      if (interview.personId !== fields.personId) {
        throw new AppError('invalid_input', 'That interview is with someone else', {
          issues: [{ path: 'interviewId', message: 'not an interview with this person' }],
        });
      }
    }
    return insertInteraction(
      tx,
      ctx.userId,
      {
        personId: fields.personId,
        interviewId: fields.interviewId ?? null,
        kind: fields.kind,
        at: new Date(fields.at).toISOString(),
        summary: fields.summary ?? null,
      },
      ctx.clock.now(),
    );
  });
  const [interaction] = await listInteractions(readExecutor(ctx), ctx.userId, { id });
  return interaction!;
}

/** Used by Today when the user confirms a `mark_no_reply` action. */
export async function markNoReply(ctx: ServiceContext, tx: Executor, id: number): Promise<void> {
  const current = await requireInterview(tx, ctx.userId, id);
  if (current.stage === 'asked')
    await moveInterview(ctx, tx, current, 'no_reply', ctx.clock.now().toISOString());
}
