import { AppError } from '#core/errors';
import { assertTransition, type InterviewStage } from '#core/interview';
import { stageStamps } from '#core/interview-stamps';
import {
  InterviewInputSchema,
  InterviewListQuerySchema,
  InterviewPatchSchema,
  StageChangeSchema,
  type Interview,
} from '#core/interview-input';
import type { InterviewDetail, InterviewListItem, InterviewSummary } from '#core/interview-view';
import { parseInput } from '#core/validation';
import { withWriteTransaction, type Executor } from '#store/database';
import {
  countInterviews,
  insertInterview,
  listExplorationRows,
  listInterviewRows,
  updateInterview,
  stepColumnsOf,
  type InterviewChange,
} from '#store/interview.store';
import { findPersonRef } from '#store/person-query.store';
import { listPersonLabels } from '#store/person-label.store';
import { insertInteraction, listInteractions, listMessages } from '#store/timeline.store';
import { changedElsewhere } from './conflict';
import type { ServiceContext } from './context';
import { readExecutor } from './paging';
import { getPerson, requirePerson } from './person.service';
import { loadPlaybooks, requirePlaybook } from './playbook.service';

const RELOAD = 'reload to see the change, then try again';

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

/** How far the search has come, counted in the database rather than by listing every interview. */
export async function getInterviewSummary(ctx: ServiceContext): Promise<InterviewSummary> {
  return countInterviews(readExecutor(ctx), ctx.userId);
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
  const [person, introducer, explorations, messages, interactions] = await Promise.all([
    getPerson(ctx, interview.personId),
    interview.introducedById === null
      ? null
      : findPersonRef(tx, ctx.userId, interview.introducedById),
    listExplorationRows(tx, ctx.userId, interview.explorationIds),
    listMessages(tx, ctx.userId, { interviewId: id }),
    listInteractions(tx, ctx.userId, { personId: interview.personId }),
  ]);
  return {
    ...interview,
    person,
    introducer: introducer ? { id: introducer.id, name: introducer.name } : null,
    explorations,
    messages,
    interactions,
  };
}

/** The interview, or `not_found`. */
export async function requireInterview(
  tx: Executor,
  ownerId: number,
  id: number,
): Promise<Interview> {
  const [found] = await listInterviewRows(tx, ownerId, { id });
  if (!found) throw new AppError('not_found', `No interview with id ${id}`);
  return found;
}

/**
 * Moves the interview to `to` (checked by the method's rules) with the extra change, at `version`,
 * and logs the move as an interaction. Throws `conflict` when the interview moved on.
 */
export async function moveInterview(
  ctx: ServiceContext,
  tx: Executor,
  current: Interview,
  to: InterviewStage,
  at: string,
  extra: InterviewChange = {},
): Promise<void> {
  assertTransition(current.stage, to);
  await writeInterview(ctx, tx, current, {
    ...stepColumnsOf(stageStamps(to, at, current)),
    ...extra,
    stage: to,
  });
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

/** Writes the change at the version `current` was read at; `conflict` when it moved on. */
export async function writeInterview(
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
    // Stored in UTC like every other instant, so the database can compare them as text.
    const extra = change.scheduledFor
      ? { scheduled_for: new Date(change.scheduledFor).toISOString() }
      : {};
    await moveInterview(ctx, tx, current, change.stage, ctx.clock.now().toISOString(), extra);
  });
  return requireInterview(readExecutor(ctx), ctx.userId, id);
}

/**
 * Changes which playbook the interview follows, or who introduced the person for it (another of
 * the user's people, or null for nobody), at the version the user saw.
 */
export async function patchInterview(
  ctx: ServiceContext,
  id: number,
  input: unknown,
): Promise<Interview> {
  const { version, playbookId, introducedById } = parseInput(
    InterviewPatchSchema,
    input,
    'interview change',
  );
  await withWriteTransaction(ctx.db, async (tx) => {
    const current = await requireInterview(tx, ctx.userId, id);
    if (current.version !== version) throw changedElsewhere('interview', current, RELOAD);
    const change: InterviewChange = {};
    if (playbookId !== undefined) {
      await requirePlaybook(tx, ctx.userId, playbookId, 'playbookId');
      change.playbook_id = playbookId;
    }
    if (introducedById !== undefined) {
      if (introducedById !== null) {
        await checkInterviewIntroducer(tx, ctx.userId, current, introducedById);
      }
      change.introduced_by_id = introducedById;
    }
    if (Object.keys(change).length > 0) await writeInterview(ctx, tx, current, change);
  });
  return requireInterview(readExecutor(ctx), ctx.userId, id);
}

/** An interview's introducer is someone else in the user's network, never the interviewee. */
async function checkInterviewIntroducer(
  tx: Executor,
  ownerId: number,
  interview: Interview,
  introducerId: number,
): Promise<void> {
  const invalid = (message: string, issue: string) =>
    new AppError('invalid_input', message, {
      issues: [{ path: 'introducedById', message: issue }],
    });
  if (introducerId === interview.personId) {
    throw invalid(
      'The person this interview is with cannot also be the one who introduced them',
      'choose someone other than the person you are talking with',
    );
  }
  if (!(await findPersonRef(tx, ownerId, introducerId))) {
    throw invalid(`No person with id ${introducerId} in your network`, 'not one of your people');
  }
}

/** Used by Today when the user confirms a `mark_no_reply` action. */
export async function markNoReply(ctx: ServiceContext, tx: Executor, id: number): Promise<void> {
  const current = await requireInterview(tx, ctx.userId, id);
  if (current.stage === 'asked')
    await moveInterview(ctx, tx, current, 'no_reply', ctx.clock.now().toISOString());
}
