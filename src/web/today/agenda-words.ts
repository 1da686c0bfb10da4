import type { ActionKind } from '#core/cadence/types';
import { toDayNumber } from '#core/cadence/local-date';
import type { MessageKind } from '#core/outreach/types';

export const ACTION_TITLES: Record<ActionKind, string> = {
  thank_you: 'Send a thank-you',
  thank_introducer: 'Thank the introducer',
  send_questions: 'Send your questions ahead',
  follow_up: 'Follow up once',
  ask_second_person: 'Ask a second person',
  mark_no_reply: 'Close the request as no reply',
  keep_in_touch: 'Keep in touch',
};

/** The draft each action calls for, opened in the composer; the others need no message. */
export const ACTION_MESSAGE_KINDS: Partial<Record<ActionKind, MessageKind>> = {
  follow_up: 'follow_up',
  thank_you: 'thank_you',
  thank_introducer: 'introducer_thanks',
  send_questions: 'questions_in_advance',
  keep_in_touch: 'progress_update',
};

/**
 * Done on these changes more than the list (the stage moves to no reply; a note is logged), so
 * they get no undo; every other decision is undone by a snooze back to the computed day.
 */
export const IRREVERSIBLE_WHEN_DONE: readonly ActionKind[] = ['mark_no_reply', 'keep_in_touch'];

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** "3 days overdue", "due today", "due tomorrow", "in 2 days". */
export function dueText(due: string, today: string): string {
  const days = toDayNumber(due) - toDayNumber(today);
  if (days < 0) return `${plural(-days, 'day')} overdue`;
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  return `in ${days} days`;
}

const longDay = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortDay = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
// Calendar days are formatted at UTC noon, so no time zone can move them to another day.
export const formatLongDay = (day: string) => longDay.format(new Date(`${day}T12:00:00Z`));
export const formatShortDay = (day: string) => shortDay.format(new Date(`${day}T12:00:00Z`));
