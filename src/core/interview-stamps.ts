import type { InterviewStage } from './interview';
import type { Interview } from './interview-input';
import type { MessageKind } from './outreach/types';

/** The instants an interview's steps record; the cadence reads them. */
export type StepInstants = Pick<
  Interview,
  | 'requestSentAt'
  | 'followUpSentAt'
  | 'agreedAt'
  | 'scheduledFor'
  | 'heldAt'
  | 'thankYouSentAt'
  | 'introducerThankedAt'
  | 'questionsSentAt'
  | 'lastReplyAt'
>;

/** The instant each stage stamps when the interview enters it. */
export function stageStamps(
  stage: InterviewStage,
  at: string,
  current: Interview,
): Partial<StepInstants> {
  switch (stage) {
    case 'asked':
      return { requestSentAt: at };
    case 'agreed':
      return current.stage === 'scheduled' ? {} : { agreedAt: at };
    case 'held':
      return { heldAt: at, ...(current.agreedAt ? {} : { agreedAt: at }) };
    default:
      return {};
  }
}

/** The step a sent message records on its interview, so Today stops asking for it. */
const SENT_STEP: Partial<Record<MessageKind, keyof StepInstants>> = {
  follow_up: 'followUpSentAt',
  thank_you: 'thankYouSentAt',
  introducer_thanks: 'introducerThankedAt',
  questions_in_advance: 'questionsSentAt',
};

/**
 * What recording a message sent at `sentAt` stamps on the interview. Stamps keep the latest
 * instant, so a message logged late with an earlier date does not undo a later one. A follow-up
 * counts only on a request still waiting, and only when sent after it. Thank-yous are stamped
 * whenever sent; the cadence counts only those at or after the conversation.
 */
export function sentStamps(
  kind: MessageKind,
  sentAt: string,
  current: Interview,
): Partial<StepInstants> {
  const field = SENT_STEP[kind];
  if (!field) return {};
  const at = Date.parse(sentAt);
  if (kind === 'follow_up') {
    const request = current.requestSentAt;
    if (current.stage !== 'asked' || request === null || at < Date.parse(request)) return {};
  }
  const previous = current[field];
  if (previous !== null && Date.parse(previous) >= at) return {};
  return { [field]: sentAt };
}
