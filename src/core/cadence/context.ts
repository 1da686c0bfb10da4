import type { Playbook } from '../playbook';
import type { SecondPersonChoice } from './second-person';
import type { Action, CadencePerson, Instant, LocalDate } from './types';

/** An action before decisions, status and its due instant are applied. */
export type ActionDraft = Omit<Action, 'status' | 'dueInstant' | 'snoozedFrom'>;

/** The latest moments anything, and anything from them, happened with a person (ms since epoch). */
export type PersonContact = { lastAt: number; lastInboundAt: number };

/** What every rule reads, built once per run so each rule stays a lookup, never a scan. */
export type CadenceContext = {
  playbook: Playbook;
  asOfMs: number;
  localDate(ms: number): LocalDate;
  addBusinessDays(date: LocalDate, n: number): LocalDate;
  /** When a keep-in-touch reminder for a last touch on `since` falls due (see keep-in-touch.ts). */
  keepInTouchDue(since: LocalDate): LocalDate;
  person(id: string): CadencePerson | undefined;
  organizationName(id: string): string | undefined;
  contact(personId: string): PersonContact | undefined;
  /** The warmest unarchived person at the organization not already in an interview there. */
  secondPerson(organizationId: string | null): SecondPersonChoice;
};

/** What every playbook's rules share: the clock, the user's days and the people. */
export type SharedLookups = Omit<CadenceContext, 'playbook' | 'addBusinessDays' | 'keepInTouchDue'>;

/** Milliseconds of an instant, or null when absent or unreadable. */
export function toMs(instant: Instant | null): number | null {
  if (instant === null) return null;
  const ms = utcInstantMs(instant) ?? Date.parse(instant);
  return Number.isNaN(ms) ? null : ms;
}

const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
const number = (text: string, at: number, length: number) => {
  let value = 0;
  for (let i = at; i < at + length; i += 1) {
    const d = digit(text, i);
    if (d < 0 || d > 9) return NaN;
    value = value * 10 + d;
  }
  return value;
};

/**
 * An instant written as `toISOString` writes it (`2026-03-02T09:00:00.000Z`, as the store keeps
 * them) read digit by digit: the agenda reads thousands, and `Date.parse` takes three times as
 * long. Undefined for anything else, which `Date.parse` then reads.
 */
function utcInstantMs(text: string): number | undefined {
  if (
    text.length !== 24 ||
    text[4] !== '-' ||
    text[7] !== '-' ||
    text[10] !== 'T' ||
    text[13] !== ':' ||
    text[16] !== ':' ||
    text[19] !== '.' ||
    text[23] !== 'Z'
  ) {
    return undefined;
  }
  const year = number(text, 0, 4);
  const month = number(text, 5, 2);
  const day = number(text, 8, 2);
  const hour = number(text, 11, 2);
  const minute = number(text, 14, 2);
  const second = number(text, 17, 2);
  const milliseconds = number(text, 20, 3);
  // Out of range, or not digits (NaN fails every comparison): as Date.parse would judge it.
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23)) return undefined;
  // Date.UTC reads years 0–99 as 1900–1999; Date.parse does not.
  if (!(minute <= 59 && second <= 59 && year >= 100 && milliseconds >= 0)) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second, milliseconds);
}

/** How reasons name someone the data does not include. */
export function nameOf(ctx: CadenceContext, personId: string): string {
  return ctx.person(personId)?.name ?? 'your contact';
}
