import type { PersonContact } from './context';
import type { CadenceInteraction, CadenceInterview, CadencePerson, InteractionKind } from './types';

/** Contact that came from the person, so it answers a request. */
const INBOUND: ReadonlySet<InteractionKind> = new Set(['message_received', 'call', 'meeting']);

/** Everyone the interviews name, interviewee or introducer: the only people looked up by id. */
export function peopleInInterviews(interviews: readonly CadenceInterview[]): Set<string> {
  const ids = new Set<string>();
  for (const interview of interviews) {
    ids.add(interview.personId);
    if (interview.introducedById) ids.add(interview.introducedById);
  }
  return ids;
}

/** A network holds tens of thousands of people; only the wanted ones are indexed. */
export function indexPeople(
  people: readonly CadencePerson[],
  wanted: ReadonlySet<string>,
): Map<string, CadencePerson> {
  const byId = new Map<string, CadencePerson>();
  for (const person of people) if (wanted.has(person.id)) byId.set(person.id, person);
  return byId;
}

/** The latest contact with each of the given people, in one pass over the interactions. */
export function latestContacts(
  interactions: readonly CadenceInteraction[],
  wanted: ReadonlySet<string>,
): Map<string, PersonContact> {
  const contacts = new Map<string, PersonContact>();
  for (const { personId, at, kind } of interactions) {
    if (!wanted.has(personId)) continue;
    const ms = Date.parse(at);
    if (Number.isNaN(ms)) continue;
    let contact = contacts.get(personId);
    if (!contact) {
      contact = { lastAt: -Infinity, lastInboundAt: -Infinity };
      contacts.set(personId, contact);
    }
    if (ms > contact.lastAt) contact.lastAt = ms;
    if (INBOUND.has(kind) && ms > contact.lastInboundAt) contact.lastInboundAt = ms;
  }
  return contacts;
}
