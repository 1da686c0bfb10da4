import { AppError } from '../errors';
import { addBusinessDays } from './business-days';
import type { ActionDraft, CadenceContext, SharedLookups } from './context';
import { holidayCalendar } from './holidays';
import { indexPeople, latestContacts, latestConversations, peopleInInterviews } from './indexes';
import { interviewActions } from './interview-actions';
import { keepInTouchActions, keepInTouchDue } from './keep-in-touch';
import { secondPersonChooser } from './second-person';
import { toDayNumber } from './local-date';
import { assertTimeZone, localDateOf, startOfLocalDay } from './time-zone';
import {
  ACTION_KINDS,
  type Action,
  type ActionDecision,
  type ActionKind,
  type ActionStatus,
  type CadenceInput,
  type HolidayLookup,
  type LocalDate,
} from './types';
import type { Playbook } from '../playbook';

const KIND_RANK = new Map(ACTION_KINDS.map((kind, index) => [kind, index]));

/**
 * Every action the data calls for as of `asOf`, with the user's decisions applied, sorted
 * overdue (oldest first), today, then upcoming. Nothing here is stored: the same input always
 * gives the same list. Linear in interviews, people and interactions. The people it needs are
 * those the interviews name plus everyone at the organizations of unanswered requests (for the
 * second-person suggestion); anyone else costs one set lookup and may be left out. Each
 * interview follows its own playbook when `playbooks` has it, else the active `playbook`.
 */
export function computeActions(input: CadenceInput): Action[] {
  const { timeZone, playbook } = input;
  assertTimeZone(timeZone);
  const asOfMs = Date.parse(input.asOf);
  if (Number.isNaN(asOfMs)) {
    throw new AppError('invalid_input', `"${input.asOf}" is not an instant: use ISO 8601`, {
      issues: [{ path: 'asOf', message: 'not an ISO 8601 instant' }],
    });
  }
  const today = localDateOf(asOfMs, timeZone);
  const conversations = input.conversations ?? latestConversations(input.interviews);
  const named = peopleInInterviews(input.interviews, conversations);
  const personById = indexPeople(input.people, named);
  const organizations = input.organizations ?? [];
  const organizationNames = new Map(organizations.map((o) => [o.id, o.name]));
  const contacts = latestContacts(input.interactions ?? [], input.contacts ?? [], named);
  const shared: SharedLookups = {
    asOfMs,
    localDate: (ms) => localDateOf(ms, timeZone),
    person: (id) => personById.get(id),
    organizationName: (id) => organizationNames.get(id),
    contact: (personId) => contacts.get(personId),
    secondPerson: secondPersonChooser(
      input.people,
      input.interviews,
      conversations,
      organizations,
      personById,
    ),
  };
  // One context per playbook in use, so its holidays and day counts are worked out once.
  const contexts = new Map<Playbook, CadenceContext>();
  const contextOf = (rules: Playbook): CadenceContext => {
    let ctx = contexts.get(rules);
    if (!ctx) {
      ctx = rulesContext(shared, rules, input.holidays);
      contexts.set(rules, ctx);
    }
    return ctx;
  };
  const playbookById = new Map((input.playbooks ?? []).map((p) => [p.id, p]));
  const contextFor = (playbookId: string | null | undefined) =>
    contextOf(playbookById.get(playbookId ?? '') ?? playbook);

  const drafts: ActionDraft[] = [];
  for (const interview of input.interviews) {
    drafts.push(...interviewActions(interview, contextFor(interview.playbookId)));
  }
  drafts.push(...keepInTouchActions(conversations, contextFor));
  return finish(drafts, lastDecisions(input.decisions), today, timeZone, input.horizon);
}

/** The shared lookups with one playbook's numbers and business days. */
function rulesContext(
  shared: SharedLookups,
  playbook: Playbook,
  override: HolidayLookup | undefined,
): CadenceContext {
  const holidays = override ?? holidayCalendar(playbook.cadence.holidaysCountry);
  // Many interviews share a request day, and people a last-touch day: each is counted once.
  const added = new Map<string, LocalDate>();
  const dueAfterTouch = new Map<LocalDate, LocalDate>();
  return {
    ...shared,
    playbook,
    addBusinessDays: (date, n) => {
      const key = `${date}|${n}`;
      let result = added.get(key);
      if (result === undefined) {
        result = addBusinessDays(date, n, holidays);
        added.set(key, result);
      }
      return result;
    },
    keepInTouchDue: (since) => {
      let due = dueAfterTouch.get(since);
      if (due === undefined) {
        due = keepInTouchDue(since, playbook.keepInTouchWeeks, holidays);
        dueAfterTouch.set(since, due);
      }
      return due;
    },
  };
}

/** Decisions arrive in the order they were made; the latest about an action counts. */
function lastDecisions(decisions: readonly ActionDecision[]): Map<string, ActionDecision> {
  return new Map(decisions.map((decision) => [decision.actionId, decision]));
}

/**
 * Applies decisions: done and dismissed hide an action; a snooze moves its due day to the chosen
 * day (it stays listed, as upcoming until then). A snooze to a day before the computed one is
 * ignored, so an action is never due before the event it follows.
 */
function finish(
  drafts: readonly ActionDraft[],
  decisions: ReadonlyMap<string, ActionDecision>,
  today: LocalDate,
  timeZone: string,
  horizon: LocalDate | undefined,
): Action[] {
  const starts = new Map<LocalDate, string>();
  const seen = new Set<string>();
  const actions: Action[] = [];
  for (const draft of drafts) {
    // A playbook listing the same step twice would otherwise show it twice.
    if (seen.has(draft.id)) continue;
    seen.add(draft.id);
    const decision = decisions.get(draft.id);
    if (decision && decision.decision !== 'snoozed') continue;
    const snoozed = decision?.decision === 'snoozed' && decision.until > draft.due;
    const due = snoozed ? decision.until : draft.due;
    if (horizon !== undefined && due > horizon) continue;
    let dueInstant = starts.get(due);
    if (dueInstant === undefined) {
      dueInstant = startOfLocalDay(due, timeZone);
      starts.set(due, dueInstant);
    }
    const status = due < today ? 'overdue' : due === today ? 'today' : 'upcoming';
    // Drafts are this run's own objects: completing them in place spares a copy of each.
    const action = draft as Action;
    if (snoozed) action.snoozedFrom = draft.due;
    action.due = due;
    action.dueInstant = dueInstant;
    action.status = status;
    actions.push(action);
  }
  return sortedByDueKindAndId(actions);
}

/**
 * Oldest due first, then by kind and id. Thousands of actions share a few dozen due days and
 * a handful of kinds, so each gets one number for both, and ids are compared only on ties.
 */
function sortedByDueKindAndId(actions: Action[]): Action[] {
  const dayOf = new Map<LocalDate, number>();
  const keys = actions.map((action) => {
    let day = dayOf.get(action.due);
    if (day === undefined) dayOf.set(action.due, (day = toDayNumber(action.due)));
    return day * KIND_RANK.size + (KIND_RANK.get(action.kind) ?? 0);
  });
  const order = actions.map((_, index) => index);
  order.sort((a, b) => keys[a]! - keys[b]! || compare(actions[a]!.id, actions[b]!.id));
  return order.map((index) => actions[index]!);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How many actions of each status there are. */
export function countByStatus(actions: readonly Action[]): Record<ActionStatus, number> {
  const counts = { overdue: 0, today: 0, upcoming: 0 };
  for (const action of actions) counts[action.status] += 1;
  return counts;
}

/** The first `limit` actions of each status, in the order given (Today's: oldest due first). */
export function firstOfEachStatus(actions: readonly Action[], limit: number): Action[] {
  const taken = { overdue: 0, today: 0, upcoming: 0 };
  return actions.filter((action) => (taken[action.status] += 1) <= limit);
}

/**
 * What an action id names: its kind and the record it is about, the interview or, for
 * keep-in-touch, the person (`keep_in_touch:<personId>:<day>`). Undefined when it is no action id.
 */
export function parseActionId(id: string): { kind: ActionKind; subjectId: number } | undefined {
  const [kind, subject] = id.split(':');
  const known = ACTION_KINDS.find((k) => k === kind);
  if (!known || !subject || !/^\d+$/.test(subject)) return undefined;
  return { kind: known, subjectId: Number(subject) };
}
