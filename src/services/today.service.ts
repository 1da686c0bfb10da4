import {
  computeActions,
  countByStatus,
  firstOfEachStatus,
  parseActionId,
} from '#core/cadence/cadence';
import { addDays, isLocalDate } from '#core/cadence/local-date';
import { assertTimeZone, localDateOf, startOfLocalDay } from '#core/cadence/time-zone';
import {
  ACTION_STATUSES,
  type Action,
  type ActionDecision,
  type LocalDate,
} from '#core/cadence/types';
import { holidayCalendar } from '#core/cadence/holidays';
import {
  keepInTouchBands,
  keepInTouchDue,
  keepInTouchLastTouchBound,
} from '#core/cadence/keep-in-touch';
import { AppError } from '#core/errors';
import { DecisionInputSchema, TodayQuerySchema } from '#core/interview-input';
import type { AgendaItem, AgendaWithPeople, PersonLabel } from '#core/interview-view';
import { choosePlaybook, type PlaybookChoice } from '#core/playbook';
import { parseInput } from '#core/validation';
import { loadCadenceData, type CadenceData, type KeepInTouchRead } from '#store/agenda.store';
import type { KeepInTouchGroup, KeepInTouchPage } from '#store/keep-in-touch.store';
import { withWriteTransaction } from '#store/database';
import { insertDecision, insertInteraction } from '#store/timeline.store';
import { readAgendaSettings } from '#store/agenda-settings.store';
import type { ServiceContext } from './context';
import { markNoReply } from './interview.service';
import { readExecutor } from './paging';
import { requirePerson } from './person.service';
import { timeZoneOf } from './settings.service';

/** Today lists what is overdue, due today and coming up in the next two weeks. */
export const LOOK_AHEAD_DAYS = 14;

export type AgendaAction = Omit<Action, 'interviewId' | 'personId' | 'suggestedPersonId'> & {
  interviewId?: number;
  personId: number;
  suggestedPersonId?: number;
};

/**
 * The agenda as of `asOf` (an instant, or a day meaning its start in `timeZone`, by default the
 * user's), computed from the data with the user's decisions applied; nothing computed is stored.
 */
export async function getToday(
  ctx: ServiceContext,
  query: unknown,
): Promise<{ actions: AgendaAction[] }> {
  const { listed } = await agendaFor(ctx, query);
  return { actions: listed.map(toAgendaAction) };
}

/**
 * The agenda the query asks for: with `limit`, only the first actions of each status are listed
 * (and named, and written out), which is what a screen showing the first few needs.
 */
async function agendaFor(ctx: ServiceContext, query: unknown) {
  const { asOf, timeZone, limit } = parseInput(TodayQuerySchema, query, 'agenda query');
  const agenda = await computeAgenda(ctx, {
    asOf,
    timeZone,
    lookAheadDays: LOOK_AHEAD_DAYS,
    keepInTouchLimit: limit,
  });
  const listed = limit === undefined ? agenda.actions : firstOfEachStatus(agenda.actions, limit);
  return { ...agenda, listed, counts: countsOf(agenda.actions, agenda.data) };
}

/**
 * How many actions of each status the agenda holds: those computed, but for the keep-in-touch
 * reminders read only as a page, whose totals the database counted.
 */
function countsOf(actions: readonly Action[], data: CadenceData) {
  const page = data.keepInTouchCounted;
  if (!page) return countByStatus(actions);
  const counts = countByStatus(
    actions.filter((a) => a.kind !== 'keep_in_touch' || !page.sampled.has(a.personId)),
  );
  for (const status of ACTION_STATUSES) {
    counts[status] += page.counted[status];
  }
  return counts;
}

/**
 * The actions up to `lookAheadDays` ahead, and the playbooks and time zone they were computed
 * with, in a fixed number of queries whatever the size. Each interview follows its own
 * playbook, or the active one when its playbook is gone.
 */
export async function computeAgenda(
  ctx: ServiceContext,
  options: {
    asOf?: string | undefined;
    timeZone?: string | undefined;
    lookAheadDays: number;
    /** Read only the keep-in-touch reminders the first this many of each status can hold. */
    keepInTouchLimit?: number | undefined;
  },
): Promise<{ actions: Action[]; playbooks: PlaybookChoice; timeZone: string; data: CadenceData }> {
  if (options.timeZone !== undefined) assertTimeZone(options.timeZone);
  const tx = readExecutor(ctx);
  // The interviews are read while the settings, playbooks and decisions the keep-in-touch
  // reminders depend on are still on their way.
  const setting = readAgendaSettings(tx, ctx.userId).then(
    ({ decisions, settings, playbooks: own }) => {
      const timeZone = options.timeZone ?? timeZoneOf(settings);
      const { asOf } = options;
      const instant =
        asOf === undefined
          ? ctx.clock.now().toISOString()
          : isLocalDate(asOf)
            ? startOfLocalDay(asOf, timeZone)
            : new Date(asOf).toISOString();
      const playbooks = choosePlaybook(own, settings.playbook_id);
      const today = localDateOf(instant, timeZone);
      const horizon = addDays(today, options.lookAheadDays);
      const keepInTouchRead: KeepInTouchRead =
        options.keepInTouchLimit === undefined
          ? { keepInTouchBefore: keepInTouchBefore(horizon, timeZone, playbooks) }
          : {
              keepInTouchPage: keepInTouchPageFor({
                today,
                horizon,
                timeZone,
                playbooks,
                decisions,
                limit: options.keepInTouchLimit,
              }),
            };
      return { decisions, timeZone, instant, playbooks, horizon, keepInTouchRead };
    },
  );
  const data = await loadCadenceData(
    tx,
    ctx.userId,
    setting.then((s) => s.keepInTouchRead),
  );
  const { decisions, timeZone, instant, playbooks, horizon } = await setting;
  const actions = computeActions({
    asOf: instant,
    timeZone,
    playbook: playbooks.active,
    playbooks: playbooks.all,
    ...data,
    decisions,
    horizon,
  });
  return { actions, playbooks, timeZone, data };
}

/** The instant before which a last touch can bring a keep-in-touch reminder by `horizon`. */
function keepInTouchBefore(horizon: string, timeZone: string, playbooks: PlaybookChoice): string {
  const intervals = [playbooks.active, ...playbooks.all].map((p) => p.keepInTouchWeeks);
  return startOfLocalDay(keepInTouchLastTouchBound(horizon, intervals), timeZone);
}

/**
 * Which keep-in-touch reminders a page needs, per interval and calendar in use: each status is a
 * range of last-touch days (see `keepInTouchBands`), so the database can count them and hand
 * over the first ones. People with a decision about a reminder are read whole instead.
 */
function keepInTouchPageFor(at: {
  today: LocalDate;
  horizon: LocalDate;
  timeZone: string;
  playbooks: PlaybookChoice;
  decisions: readonly ActionDecision[];
  limit: number;
}): KeepInTouchPage {
  const { playbooks, timeZone } = at;
  const known = playbooks.all.map((p) => p.id);
  const inUse = playbooks.all.includes(playbooks.active)
    ? playbooks.all
    : [...playbooks.all, playbooks.active];
  const startOfDayAfter = (day: LocalDate) => startOfLocalDay(addDays(day, 1), timeZone);
  const groups = inUse.map((playbook): KeepInTouchGroup => {
    const weeks = playbook.keepInTouchWeeks;
    const holidays = holidayCalendar(playbook.cadence.holidaysCountry);
    const bands = keepInTouchBands(at.today, at.horizon, weeks, holidays);
    return {
      playbookIds: [playbook.id],
      others: playbook === playbooks.active,
      known,
      bounds: [
        startOfDayAfter(bands.overdue),
        startOfDayAfter(bands.today),
        startOfDayAfter(bands.horizon),
      ],
      dueNoLaterThan: (lastTouchAt) => {
        const since = localDateOf(Date.parse(lastTouchAt), timeZone);
        return startOfDayAfter(addDays(keepInTouchDue(since, weeks, holidays), -7 * weeks));
      },
    };
  });
  const decided = new Set<number>();
  for (const { actionId } of at.decisions) {
    const action = parseActionId(actionId);
    if (action?.kind === 'keep_in_touch') decided.add(action.subjectId);
  }
  return { groups, limit: at.limit, decided: [...decided] };
}

/** The action as the API writes it: the contract's fields first, in its order, ids as numbers. */
function toAgendaAction(action: Action): AgendaAction {
  const item: AgendaAction = { id: action.id, kind: action.kind, due: action.due } as AgendaAction;
  if (action.interviewId !== undefined) item.interviewId = Number(action.interviewId);
  item.personId = Number(action.personId);
  item.reason = action.reason;
  item.dueInstant = action.dueInstant;
  item.status = action.status;
  if (action.snoozedFrom !== undefined) item.snoozedFrom = action.snoozedFrom;
  if (action.suggestedPersonId !== undefined) {
    item.suggestedPersonId = Number(action.suggestedPersonId);
  }
  return item;
}

/**
 * Stores the user's choice about an action. Confirming `mark_no_reply` moves the interview to
 * `no_reply`; a keep-in-touch marked done logs a note, which starts the next interval.
 */
export async function decideAction(ctx: ServiceContext, input: unknown): Promise<ActionDecision> {
  const fields = parseInput(DecisionInputSchema, input, 'decision');
  const action = parseActionId(fields.actionId);
  if (!action) {
    throw new AppError('invalid_input', `"${fields.actionId}" is not the id of an action`, {
      issues: [{ path: 'actionId', message: 'use an id from GET /api/today' }],
    });
  }
  const decision: ActionDecision =
    fields.decision === 'snoozed'
      ? { actionId: fields.actionId, decision: 'snoozed', until: fields.until! }
      : { actionId: fields.actionId, decision: fields.decision };
  const { kind, subjectId } = action;
  const now = ctx.clock.now();
  await withWriteTransaction(ctx.db, async (tx) => {
    if (decision.decision === 'done' && kind === 'mark_no_reply') {
      await markNoReply(ctx, tx, subjectId);
    }
    if (decision.decision === 'done' && kind === 'keep_in_touch') {
      await requirePerson(tx, ctx.userId, subjectId);
      await insertInteraction(
        tx,
        ctx.userId,
        {
          personId: subjectId,
          interviewId: null,
          kind: 'note',
          at: now.toISOString(),
          summary: 'Kept in touch',
        },
        now,
      );
    }
    await insertDecision(tx, ctx.userId, decision, now);
  });
  return decision;
}

/**
 * The agenda with the name and organization of each person to write to and each suggested one,
 * from the people the agenda was computed with (every action names one of them).
 */
export async function getTodayWithPeople(
  ctx: ServiceContext,
  query: unknown,
): Promise<AgendaWithPeople> {
  const { listed, counts, data } = await agendaFor(ctx, query);
  const organizations = new Map(data.organizations.map((o) => [o.id, o.name]));
  const people = new Map(data.people.map((person) => [person.id, person]));
  // A person is often named by several actions; their label is made once.
  const labels = new Map<string, PersonLabel>();
  const label = (id: string): PersonLabel => {
    let known = labels.get(id);
    if (!known) {
      const person = people.get(id);
      const organizationId = person?.organizationId ?? null;
      known = {
        id: Number(id),
        name: person?.name ?? 'your contact',
        organizationId: organizationId === null ? null : Number(organizationId),
        organization: organizationId === null ? null : (organizations.get(organizationId) ?? null),
      };
      labels.set(id, known);
    }
    return known;
  };
  return {
    actions: listed.map((action) => {
      const item = toAgendaAction(action) as AgendaItem;
      item.person = label(action.personId);
      if (action.suggestedPersonId !== undefined) {
        item.suggestedPerson = label(action.suggestedPersonId);
      }
      return item;
    }),
    counts,
  };
}
