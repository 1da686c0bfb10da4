import { warmth } from '../target';
import { largerId } from './indexes';
import type {
  CadenceConversation,
  CadenceInterview,
  CadenceOrganization,
  CadencePerson,
} from './types';

/** Whom to ask next at an organization, and whether everyone the user knows there is already asked. */
export type SecondPersonChoice = {
  person: CadencePerson | undefined;
  /** Someone other than the interviewee is known there, but all of them are in interviews. */
  allInConversations: boolean;
};

/**
 * Builds the "ask a second person" chooser once per run: people grouped by organization, and who
 * is already in an interview there (any stage: asked, declined and held people are all spoken
 * for). Each organization's answer is worked out once, so the cost stays linear.
 */
export function secondPersonChooser(
  people: readonly CadencePerson[],
  interviews: readonly CadenceInterview[],
  conversations: readonly CadenceConversation[],
  organizations: readonly CadenceOrganization[],
  personById: ReadonlyMap<string, CadencePerson>,
): (organizationId: string | null) => SecondPersonChoice {
  const spokenFor = new Map<string, Set<string>>();
  const speakFor = (personId: string, organizationId: string | null | undefined) => {
    if (!organizationId) return;
    const ids = spokenFor.get(organizationId);
    if (ids) ids.add(personId);
    else spokenFor.set(organizationId, new Set([personId]));
  };
  for (const interview of interviews) {
    speakFor(
      interview.personId,
      interview.organizationId ?? personById.get(interview.personId)?.organizationId,
    );
  }
  for (const { personId } of conversations) {
    speakFor(personId, personById.get(personId)?.organizationId);
  }
  const countedInInterviews = new Map(
    organizations.flatMap((o) =>
      o.peopleInInterviews === undefined ? [] : [[o.id, o.peopleInInterviews] as const],
    ),
  );
  // Only organizations some interview is at can be asked about.
  const atOrganization = new Map<string, CadencePerson[]>();
  for (const person of people) {
    if (
      person.archived ||
      person.inInterview ||
      !person.organizationId ||
      !spokenFor.has(person.organizationId)
    ) {
      continue;
    }
    const list = atOrganization.get(person.organizationId);
    if (list) list.push(person);
    else atOrganization.set(person.organizationId, [person]);
  }
  const nobody: SecondPersonChoice = { person: undefined, allInConversations: false };
  const chosen = new Map<string, SecondPersonChoice>();
  return (organizationId) => {
    if (!organizationId) return nobody;
    const known = chosen.get(organizationId);
    if (known) return known;
    const taken = spokenFor.get(organizationId);
    let best: CadencePerson | undefined;
    for (const person of atOrganization.get(organizationId) ?? []) {
      if (taken?.has(person.id)) continue;
      if (!best || warmer(person, best)) best = person;
    }
    // The interviewee is one of those taken; anyone else taken is already in a conversation.
    const inInterviews = countedInInterviews.get(organizationId) ?? taken?.size ?? 0;
    const choice = { person: best, allInConversations: !best && inInterviews > 1 };
    chosen.set(organizationId, choice);
    return choice;
  };
}

/** Warmer relationship first; equal warmth falls back to name, then id, so runs agree. */
function warmer(a: CadencePerson, b: CadencePerson): boolean {
  const difference = warmth(a.relationship) - warmth(b.relationship);
  if (difference !== 0) return difference > 0;
  if (a.name !== b.name) return a.name < b.name;
  return largerId(b.id, a.id);
}
