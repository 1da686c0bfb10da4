import { AppError } from './errors';

/** From the first idea to the follow-through; the last three are the ways an interview ends early. */
export const INTERVIEW_STAGES = [
  'idea',
  'asked',
  'agreed',
  'scheduled',
  'held',
  'closed',
  'declined',
  'no_reply',
  'cancelled',
] as const;
export type InterviewStage = (typeof INTERVIEW_STAGES)[number];

/**
 * The moves the method allows. A reply can come after `no_reply` (people answer late), an
 * agreement can go straight to `held` (a call that happened on the spot), and a cancelled
 * meeting can be asked for again.
 */
const NEXT: Record<InterviewStage, readonly InterviewStage[]> = {
  idea: ['asked', 'cancelled'],
  asked: ['agreed', 'declined', 'no_reply', 'cancelled'],
  agreed: ['scheduled', 'held', 'cancelled'],
  scheduled: ['held', 'agreed', 'cancelled'],
  held: ['closed'],
  closed: [],
  declined: ['asked'],
  no_reply: ['agreed', 'declined', 'asked'],
  cancelled: ['asked', 'agreed'],
};

export function allowedNextStages(from: InterviewStage): readonly InterviewStage[] {
  return NEXT[from];
}

/** Checks a stage change, or throws `invalid_transition` naming the moves that are possible. */
export function assertTransition(from: InterviewStage, to: InterviewStage): void {
  if (NEXT[from].includes(to)) return;
  const options = NEXT[from].length ? NEXT[from].join(', ') : 'none: it is finished';
  throw new AppError(
    'invalid_transition',
    `An interview cannot go from ${from} to ${to}; from ${from} it can go to ${options}`,
    {
      details: { from, to, allowed: NEXT[from] },
    },
  );
}
