import { AppError } from '#core/errors';
import { allowedNextStages } from '#core/interview';
import { sentStamps } from '#core/interview-stamps';
import {
  InteractionInputSchema,
  MessageInputSchema,
  ReplyInputSchema,
  type Interaction,
  type Interview,
  type Message,
} from '#core/interview-input';
import { parseInput } from '#core/validation';
import { withWriteTransaction } from '#store/database';
import { stepColumnsOf } from '#store/interview.store';
import {
  insertInteraction,
  insertMessage,
  listInteractions,
  listMessages,
} from '#store/timeline.store';
import type { ServiceContext } from './context';
import { moveInterview, requireInterview, writeInterview } from './interview.service';
import { readExecutor } from './paging';
import { requirePerson } from './person.service';

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
    const stamp = stepColumnsOf(sentStamps(fields.kind, sentAt, current));
    if (Object.keys(stamp).length > 0) await writeInterview(ctx, tx, current, stamp);
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
