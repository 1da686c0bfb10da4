import { toDayNumber } from '#core/cadence/local-date';
import { localDateOf } from '#core/cadence/time-zone';
import type { InterviewStage } from '#core/interview';
import type { Interview } from '#core/interview-input';
import { formatMeeting } from '../ui/format-time';
import type { Clock } from '../ui/use-time-zone';

/** The road an interview travels, in order; a board shows a column for each. */
export const PIPELINE_STAGES = ['idea', 'asked', 'agreed', 'scheduled', 'held', 'closed'] as const;
/** The ways an interview ends early, shown apart so they never read as failures on the road. */
export const EXIT_STAGES = ['declined', 'no_reply', 'cancelled'] as const;

export const STAGE_LABELS: Record<InterviewStage, string> = {
  idea: 'Idea',
  asked: 'Asked',
  agreed: 'Agreed',
  scheduled: 'Scheduled',
  held: 'Held',
  closed: 'Closed',
  declined: 'Declined',
  no_reply: 'No reply',
  cancelled: 'Cancelled',
};

export const STAGE_COLORS: Record<InterviewStage, string> = {
  idea: 'gray',
  asked: 'blue',
  agreed: 'cyan',
  scheduled: 'violet',
  held: 'teal',
  closed: 'green',
  declined: 'orange',
  no_reply: 'yellow',
  cancelled: 'red',
};

/** What the button that moves an interview into each stage says. */
export const MOVE_LABELS: Record<InterviewStage, string> = {
  idea: 'Back to idea',
  asked: 'Mark as asked',
  agreed: 'Mark as agreed',
  scheduled: 'Schedule',
  held: 'Mark as held',
  closed: 'Close',
  declined: 'Mark as declined',
  no_reply: 'Mark as no reply',
  cancelled: 'Mark as cancelled',
};

/**
 * Moves back along the road say what they undo: from scheduled, "agreed" means the time is
 * dropped, which "Mark as agreed" would hide.
 */
const BACK_LABELS: Partial<Record<InterviewStage, Partial<Record<InterviewStage, string>>>> = {
  scheduled: { agreed: 'Back to agreed (not scheduled yet)' },
  declined: { asked: 'Back to asked, to ask again' },
  no_reply: { asked: 'Back to asked, still waiting' },
  cancelled: { asked: 'Back to asked, to ask again', agreed: 'Back to agreed (not scheduled yet)' },
};

/** What the button moving an interview from one stage to another says. */
export const moveLabel = (from: InterviewStage, to: InterviewStage): string =>
  BACK_LABELS[from]?.[to] ?? MOVE_LABELS[to];

/** Whether a move goes back along the road rather than forward or out. */
export const movesBack = (from: InterviewStage, to: InterviewStage) =>
  BACK_LABELS[from]?.[to] !== undefined;

/** Lower-case words for "asked 4 days ago". */
const STAGE_VERBS: Record<InterviewStage, string> = {
  idea: 'added',
  asked: 'asked',
  agreed: 'agreed',
  scheduled: 'scheduled',
  held: 'held',
  closed: 'closed',
  declined: 'declined',
  no_reply: 'no reply since',
  cancelled: 'cancelled',
};

/** When the interview entered its stage, as well as the stored step instants tell. */
export function stageSince(interview: Interview): string {
  switch (interview.stage) {
    case 'idea':
      return interview.createdAt;
    case 'asked':
      return interview.requestSentAt ?? interview.updatedAt;
    case 'agreed':
      return interview.agreedAt ?? interview.updatedAt;
    case 'held':
      return interview.heldAt ?? interview.updatedAt;
    default:
      return interview.updatedAt;
  }
}

/** "asked 4 days ago", "scheduled for 5 Mar 2026, 14:00 GMT". */
export function stageAge(interview: Interview, clock: Clock): string {
  if (interview.stage === 'scheduled' && interview.scheduledFor) {
    return `scheduled for ${formatMeeting(interview.scheduledFor, clock.timeZone)}`;
  }
  return `${STAGE_VERBS[interview.stage]} ${ago(stageSince(interview), clock)}`;
}

/** Whole calendar days between an instant and now, on the calendar of the user's time zone. */
export function ago(iso: string, { now, timeZone }: Clock): string {
  const day = (instant: Date | string) =>
    toDayNumber(localDateOf(typeof instant === 'string' ? instant : instant.getTime(), timeZone));
  const days = day(now) - day(iso);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}
