// The plain sentences shown beside each action on Today: calm, specific, never scolding.

import type { LocalDate } from './types';

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`;
}

export function askSecondPersonReason(
  name: string,
  businessDays: number,
  organization: { name: string | undefined } | null,
  suggestion: string | undefined,
  allInConversations = false,
): string {
  const waited = `No reply from ${name} in ${plural(businessDays, 'business day')}`;
  if (!organization) return `${waited}: ask a second person who does this work.`;
  const where = organization.name ?? 'the same organization';
  if (suggestion) return `${waited}: ask a second person at ${where} — ${suggestion} is there.`;
  if (allInConversations) {
    return `${waited}: ask a second person at ${where}; everyone you know there is already in a conversation with you, so look for someone new.`;
  }
  return `${waited}: ask a second person at ${where}; nobody else there is in your network yet.`;
}

export function followUpReason(name: string, businessDays: number): string {
  return `No reply from ${name} in ${plural(businessDays, 'business day')}: send one short, friendly follow-up.`;
}

export function markNoReplyReason(
  name: string,
  businessDays: number,
  next: { name: string; organization: string | undefined } | undefined,
): string {
  const close = `No reply from ${name} in ${plural(businessDays, 'business day')}: close the request as no reply; busy people often miss messages.`;
  if (!next) return close;
  return `${close} ${next.name}${next.organization ? ` at ${next.organization}` : ''} could be next.`;
}

export function sendQuestionsReason(name: string, scheduled: boolean): string {
  return scheduled
    ? `Your conversation with ${name} is coming up: send your questions ahead so they can prepare.`
    : `${name} agreed to talk: sending your questions ahead helps them prepare.`;
}

export function thankYouReason(name: string, withinHours: number): string {
  return `You talked with ${name}: send a thank-you within ${plural(withinHours, 'hour')} that names something you took away.`;
}

export function thankIntroducerReason(introducer: string, name: string): string {
  return `${introducer} introduced you to ${name}: thank them and say how the conversation went.`;
}

/**
 * Says when the user was last in touch rather than how long ago, which stays true however long
 * the reminder waits.
 */
export function keepInTouchReason(name: string, weeks: number, lastInTouch: LocalDate): string {
  const every = weeks === 1 ? 'every week' : `every ${plural(weeks, 'week')}`;
  return `You were last in touch with ${name} on ${spelledDay(lastInTouch)}, and you keep in touch ${every}: a short update on what you did with their advice keeps the connection warm.`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A day as written in a sentence: 5 January 2026. Read by position, as a whole agenda spells
 * thousands of them.
 */
function spelledDay(day: LocalDate): string {
  const date = day.charCodeAt(8) === 48 ? day.slice(9, 10) : day.slice(8, 10);
  return `${date} ${MONTHS[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;
}
