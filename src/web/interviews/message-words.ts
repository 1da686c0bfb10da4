import type { Channel, MessageKind } from '#core/outreach/types';

export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = {
  request: 'Request',
  referral_intro_request: 'Request for an introduction',
  follow_up: 'Follow-up',
  questions_in_advance: 'Questions in advance',
  thank_you: 'Thank-you',
  introducer_thanks: 'Thanks to the introducer',
  progress_update: 'Progress update',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  email: 'email',
  linkedin_message: 'LinkedIn message',
  linkedin_note: 'LinkedIn note',
  phone_script: 'phone',
  text: 'text message',
};

/** The composer, another screen: it drafts a message of this kind for this interview. */
export function composerPath(interviewId: number, kind: MessageKind, channel: Channel = 'email') {
  return `/interviews/${interviewId}/compose?kind=${kind}&channel=${channel}`;
}
