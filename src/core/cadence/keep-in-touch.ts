import { addBusinessDays, businessDayOnOrAfter, isBusinessDay } from './business-days';
import { toMs, type ActionDraft, type CadenceContext } from './context';
import { addDays } from './local-date';
import { keepInTouchReason } from './reasons';
import type { CadenceConversation, HolidayLookup, LocalDate } from './types';

/** A reminder falls due on the first business day at least the interval after the last touch. */
export function keepInTouchDue(
  since: LocalDate,
  weeks: number,
  holidays: HolidayLookup,
): LocalDate {
  return businessDayOnOrAfter(addDays(since, weeks * 7), holidays);
}

/**
 * The first local day whose touches cannot come due by `horizon` under any of the intervals in
 * use: a reminder falls due at least the interval after the last touch, so only touches before
 * the horizon less the shortest interval can, with a day to spare for instants stored in
 * another spelling.
 */
export function keepInTouchLastTouchBound(
  horizon: LocalDate,
  intervalsInWeeks: number[],
): LocalDate {
  return addDays(horizon, 2 - Math.min(...intervalsInWeeks) * 7);
}

/**
 * The last day of last touch whose reminder is overdue, due by today, and due by the horizon,
 * for one interval and calendar. The due day never decreases as the last touch moves later, so
 * each status is a range of last-touch days: overdue up to `overdue`, today after it up to
 * `today`, coming up after that up to `horizon`.
 */
export function keepInTouchBands(
  today: LocalDate,
  horizon: LocalDate,
  weeks: number,
  holidays: HolidayLookup,
): { overdue: LocalDate; today: LocalDate; horizon: LocalDate } {
  const onOrBefore = (day: LocalDate) =>
    isBusinessDay(day, holidays) ? day : addBusinessDays(day, -1, holidays);
  const back = (day: LocalDate) => addDays(day, -7 * weeks);
  return {
    overdue: back(addBusinessDays(today, -1, holidays)),
    today: back(onOrBefore(today)),
    horizon: back(onOrBefore(horizon)),
  };
}

/**
 * Keep-in-touch is for people the user has actually talked with (their latest conversation),
 * not archived: the whole network would bury Today. The clock starts at the last interaction of
 * any kind, or at the conversation itself when nothing later was logged; the due day rolls to a
 * business day. The id carries that day, so a new interaction starts a new reminder and an old
 * "done" or "dismissed" does not silence it. The interval is the playbook of the latest
 * conversation with the person.
 */
export function keepInTouchActions(
  conversations: readonly CadenceConversation[],
  contextFor: (playbookId: string | null | undefined) => CadenceContext,
): ActionDraft[] {
  const drafts: ActionDraft[] = [];
  for (const { personId, interviewId, at, playbookId } of conversations) {
    const ctx = contextFor(playbookId);
    const weeks = ctx.playbook.keepInTouchWeeks;
    const person = ctx.person(personId);
    if (!person || person.archived) continue;
    const last = Math.max(toMs(at) ?? -Infinity, ctx.contact(personId)?.lastAt ?? -Infinity);
    if (!Number.isFinite(last)) continue;
    const since = ctx.localDate(last);
    drafts.push({
      id: `keep_in_touch:${personId}:${since}`,
      kind: 'keep_in_touch',
      due: ctx.keepInTouchDue(since),
      // The conversation the update follows up on: its draft belongs to that interview.
      interviewId,
      personId,
      reason: keepInTouchReason(person.name, weeks, since),
    });
  }
  return drafts;
}
