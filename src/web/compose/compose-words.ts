import { kindsForChannel } from '#core/outreach/drafts';
import { CHANNELS, MESSAGE_KINDS, type Channel, type MessageKind } from '#core/outreach/types';
import { CHANNEL_LABELS } from '../interviews/message-words';

/** "LinkedIn note", "Phone", "Text message": the channel names, as a select shows them. */
export const channelLabel = (channel: Channel) =>
  channel === 'phone_script'
    ? 'Phone or voicemail'
    : CHANNEL_LABELS[channel].charAt(0).toUpperCase() + CHANNEL_LABELS[channel].slice(1);

/** One calm sentence per kind: what it is for and what makes it work. */
export const KIND_HINTS: Record<MessageKind, string> = {
  request:
    'A short ask for advice: your connection first, what you are exploring, a small amount of time and a question to end on.',
  referral_intro_request:
    'Ask your mutual contact to introduce you; a warm introduction makes a yes far more likely.',
  follow_up:
    'One friendly nudge when there has been no reply; busy people often answer the second note.',
  questions_in_advance:
    'Sharing your questions beforehand helps them prepare and shows you value their time.',
  thank_you: 'Sent the same day or the next, naming something concrete you learned.',
  introducer_thanks:
    'Let the person who introduced you know how it went; they will be glad to hear.',
  progress_update: 'Tell them what you did with their advice: it keeps the connection warm.',
};

const isKind = (value: string | null): value is MessageKind =>
  MESSAGE_KINDS.includes(value as MessageKind);
const isChannel = (value: string | null): value is Channel => CHANNELS.includes(value as Channel);

/** Kind and channel from `?kind=…&channel=…`, defaulting to a request by e-mail. */
export function composeChoice(params: URLSearchParams): { kind: MessageKind; channel: Channel } {
  const rawKind = params.get('kind');
  const rawChannel = params.get('channel');
  const kind = isKind(rawKind) ? rawKind : 'request';
  const channel = isChannel(rawChannel) ? rawChannel : 'email';
  // A kind the channel does not carry (questions in advance as a text) falls back to e-mail.
  return kindsForChannel(channel).includes(kind) ? { kind, channel } : { kind, channel: 'email' };
}

/** Where the user's edits of one message live in this browser until it is sent. */
export const draftStorageKey = (interviewId: number, kind: MessageKind, channel: Channel) =>
  `wayfinder:compose:${interviewId}:${kind}:${channel}`;
