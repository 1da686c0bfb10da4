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
  businessDayOnOrAfter(date: LocalDate): LocalDate;
  person(id: string): CadencePerson | undefined;
  organizationName(id: string): string | undefined;
  contact(personId: string): PersonContact | undefined;
  /** The warmest unarchived person at the organization not already in an interview there. */
  secondPerson(organizationId: string | null): SecondPersonChoice;
};

/** What every playbook's rules share: the clock, the user's days and the people. */
export type SharedLookups = Omit<
  CadenceContext,
  'playbook' | 'addBusinessDays' | 'businessDayOnOrAfter'
>;

/** Milliseconds of an instant, or null when absent or unreadable. */
export function toMs(instant: Instant | null): number | null {
  if (instant === null) return null;
  const ms = Date.parse(instant);
  return Number.isNaN(ms) ? null : ms;
}

/** How reasons name someone the data does not include. */
export function nameOf(ctx: CadenceContext, personId: string): string {
  return ctx.person(personId)?.name ?? 'your contact';
}
