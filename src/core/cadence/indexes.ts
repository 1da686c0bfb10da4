import { toMs, type PersonContact } from './context';
import type {
  CadenceContact,
  CadenceConversation,
  CadenceInteraction,
  CadenceInterview,
  CadencePerson,
  InteractionKind,
} from './types';

/** Contact that came from the person, so it answers a request. */
export const INBOUND_KINDS = ['message_received', 'call', 'meeting'] as const;
const INBOUND: ReadonlySet<InteractionKind> = new Set(INBOUND_KINDS);

/**
 * Everyone the interviews and conversations name, interviewee or introducer: the only people
 * looked up by id.
 */
export function peopleInInterviews(
  interviews: readonly CadenceInterview[],
  conversations: readonly CadenceConversation[],
): Set<string> {
  const ids = new Set<string>();
  for (const interview of interviews) {
    ids.add(interview.personId);
    if (interview.introducedById) ids.add(interview.introducedById);
  }
  for (const conversation of conversations) ids.add(conversation.personId);
  return ids;
}

/**
 * Each person's latest conversation among the interviews: held or closed, by when it happened
 * (held, else scheduled; unknown counts as earliest), the larger id on a tie.
 */
export function latestConversations(
  interviews: readonly CadenceInterview[],
): CadenceConversation[] {
  const latest = new Map<string, { ms: number; conversation: CadenceConversation }>();
  for (const interview of interviews) {
    if (interview.stage !== 'held' && interview.stage !== 'closed') continue;
    const at = interview.heldAt ?? interview.scheduledFor;
    const ms = toMs(at) ?? -Infinity;
    const known = latest.get(interview.personId);
    if (
      known &&
      (ms < known.ms ||
        (ms === known.ms && !largerId(interview.id, known.conversation.interviewId)))
    ) {
      continue;
    }
    latest.set(interview.personId, {
      ms,
      conversation: {
        personId: interview.personId,
        interviewId: interview.id,
        at,
        playbookId: interview.playbookId ?? null,
      },
    });
  }
  return [...latest.values()].map(({ conversation }) => conversation);
}

/** Ids are numbers written as text; compare them as numbers when they are. */
export function largerId(a: string, b: string): boolean {
  const [x, y] = [Number(a), Number(b)];
  return Number.isNaN(x) || Number.isNaN(y) ? a > b : x > y;
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

/**
 * The latest contact with each of the given people, in one pass over the interactions and the
 * contacts already worked out.
 */
export function latestContacts(
  interactions: readonly CadenceInteraction[],
  known: readonly CadenceContact[],
  wanted: ReadonlySet<string>,
): Map<string, PersonContact> {
  const contacts = new Map<string, PersonContact>();
  const contactOf = (personId: string) => {
    let contact = contacts.get(personId);
    if (!contact) {
      contact = { lastAt: -Infinity, lastInboundAt: -Infinity };
      contacts.set(personId, contact);
    }
    return contact;
  };
  for (const { personId, at, kind } of interactions) {
    if (!wanted.has(personId)) continue;
    const ms = toMs(at);
    if (ms === null) continue;
    const contact = contactOf(personId);
    if (ms > contact.lastAt) contact.lastAt = ms;
    if (INBOUND.has(kind) && ms > contact.lastInboundAt) contact.lastInboundAt = ms;
  }
  for (const { personId, lastAt, lastInboundAt } of known) {
    if (!wanted.has(personId)) continue;
    const contact = contactOf(personId);
    const last = toMs(lastAt) ?? -Infinity;
    const inbound = toMs(lastInboundAt) ?? -Infinity;
    // What came from them is contact too, whichever way it was worked out.
    contact.lastAt = Math.max(contact.lastAt, last, inbound);
    contact.lastInboundAt = Math.max(contact.lastInboundAt, inbound);
  }
  return contacts;
}
