import { followThroughDraft } from './drafts/follow-through';
import type { Draft, DraftInput } from './drafts/parts';
import { introductionRequestDraft, requestDraft } from './drafts/requests';
import { MESSAGE_KINDS, type Channel, type MessageKind } from './types';

export type {
  Draft,
  DraftExploration,
  DraftInput,
  DraftPerson,
  DraftProfile,
} from './drafts/parts';

// A connection note is only ever the first request; questions in advance are a list, which a
// phone call or a text does not carry well.
const KINDS_BY_CHANNEL: Record<Channel, readonly MessageKind[]> = {
  email: MESSAGE_KINDS,
  linkedin_message: MESSAGE_KINDS,
  linkedin_note: ['request'],
  phone_script: ['request', 'referral_intro_request', 'follow_up'],
  text: MESSAGE_KINDS.filter((kind) => kind !== 'questions_in_advance'),
};

/** The kinds of message that make sense on a channel, in the order of the method. */
export function kindsForChannel(channel: Channel): readonly MessageKind[] {
  return KINDS_BY_CHANNEL[channel];
}

/** Whom a kind of message goes to: the person, or the introducer who connects the user to them. */
export function recipientOf(kind: MessageKind): 'person' | 'introducer' {
  return kind === 'referral_intro_request' || kind === 'introducer_thanks'
    ? 'introducer'
    : 'person';
}

/** A first draft of any message kind on any channel; gaps the user must fill are in [brackets]. */
export function draftMessage(input: DraftInput): Draft {
  switch (input.kind) {
    case 'request':
      return requestDraft(input);
    case 'referral_intro_request':
      return introductionRequestDraft(input);
    default:
      return followThroughDraft({ ...input, kind: input.kind });
  }
}
