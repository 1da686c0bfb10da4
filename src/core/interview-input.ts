import { z } from 'zod';
import { isLocalDate } from './cadence/local-date';
import { ACTION_STATUSES, INTERACTION_KINDS } from './cadence/types';
import { INTERVIEW_STAGES } from './interview';
import { CHANNELS, MESSAGE_KINDS } from './outreach/types';
import { idNumber, limitUpTo } from './validation';

export const EXPLORATION_KINDS = ['field', 'role', 'industry', 'organization'] as const;
export const EXPLORATION_STATUSES = [
  'exploring',
  'shortlisted',
  'pursuing',
  'parked',
  'ruled_out',
] as const;
/** What the timeline records: the cadence's kinds plus every stage change. */
export const TIMELINE_KINDS = [...INTERACTION_KINDS, 'stage_change'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
export const REPLY_SENTIMENTS = ['positive', 'negative', 'later'] as const;
export const ACTION_DECISIONS = ['done', 'dismissed', 'snoozed'] as const;

const instant = z.iso.datetime({ offset: true, message: 'an ISO 8601 instant' });
const localDate = z.string().refine(isLocalDate, 'a calendar day written YYYY-MM-DD');

export const ExplorationInputSchema = z.strictObject({
  title: z
    .string()
    .trim()
    .min(1, 'a title is required, e.g. "UX research in healthcare"')
    .max(200, 'at most 200 characters'),
  kind: z.enum(EXPLORATION_KINDS, { error: `one of ${EXPLORATION_KINDS.join(', ')}` }),
  keyQuestions: z
    .array(z.string().trim().min(1, 'a question cannot be empty').max(500))
    .max(30, 'at most 30 key questions')
    .default([]),
  status: z.enum(EXPLORATION_STATUSES).default('exploring'),
});
export type ExplorationInput = z.infer<typeof ExplorationInputSchema>;

export const ExplorationSchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  title: z.string(),
  kind: z.enum(EXPLORATION_KINDS),
  keyQuestions: z.array(z.string()),
  status: z.enum(EXPLORATION_STATUSES),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Exploration = z.infer<typeof ExplorationSchema>;

export const InterviewInputSchema = z.strictObject({
  personId: idNumber(),
  explorationIds: z.array(idNumber()).max(50).optional(),
  stage: z.enum(INTERVIEW_STAGES).default('idea'),
});

/**
 * Changes to one interview, at the version the user saw: which playbook's numbers it follows, and
 * who introduced the person for it (null for nobody).
 */
export const InterviewPatchSchema = z.strictObject({
  version: idNumber(),
  playbookId: z.string().min(1).max(60).optional(),
  introducedById: idNumber().nullable().optional(),
});

export const InterviewListQuerySchema = z.strictObject({
  personId: z.coerce.number().pipe(idNumber()).optional(),
  stage: z.enum(INTERVIEW_STAGES).optional(),
  explorationId: z.coerce.number().pipe(idNumber()).optional(),
  organizationId: z.coerce.number().pipe(idNumber()).optional(),
});
export type InterviewListQuery = z.infer<typeof InterviewListQuerySchema>;

export const StageChangeSchema = z.strictObject({
  version: idNumber(),
  stage: z.enum(INTERVIEW_STAGES),
  /** When the conversation is planned, for `scheduled`. */
  scheduledFor: instant.optional(),
});

export const MessageInputSchema = z.strictObject({
  kind: z.enum(MESSAGE_KINDS),
  channel: z.enum(CHANNELS),
  subject: z.string().max(300).optional(),
  body: z.string().min(1).max(20_000),
  sentAt: instant.optional(),
});

export const ReplyInputSchema = z.strictObject({
  receivedAt: instant,
  sentiment: z.enum(REPLY_SENTIMENTS),
});

export const InteractionInputSchema = z.strictObject({
  personId: idNumber(),
  interviewId: idNumber().optional(),
  kind: z.enum(INTERACTION_KINDS),
  at: instant,
  summary: z.string().max(5000).optional(),
});

export const InterviewSchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  personId: z.number().int(),
  introducedById: z.number().int().nullable(),
  stage: z.enum(INTERVIEW_STAGES),
  playbookId: z.string(),
  explorationIds: z.array(z.number().int()),
  requestSentAt: z.string().nullable(),
  /** The latest follow-up sent on the current request. */
  followUpSentAt: z.string().nullable(),
  agreedAt: z.string().nullable(),
  scheduledFor: z.string().nullable(),
  heldAt: z.string().nullable(),
  thankYouSentAt: z.string().nullable(),
  introducerThankedAt: z.string().nullable(),
  questionsSentAt: z.string().nullable(),
  lastReplyAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Interview = z.infer<typeof InterviewSchema>;

export const MessageSchema = z.object({
  id: z.number().int(),
  interviewId: z.number().int().nullable(),
  personId: z.number().int(),
  kind: z.enum(MESSAGE_KINDS),
  channel: z.enum(CHANNELS),
  subject: z.string().nullable(),
  body: z.string(),
  status: z.enum(['draft', 'sent']),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Message = z.infer<typeof MessageSchema>;

export const InteractionSchema = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  interviewId: z.number().int().nullable(),
  kind: z.enum(TIMELINE_KINDS),
  at: z.string(),
  summary: z.string().nullable(),
  createdAt: z.string(),
});
export type Interaction = z.infer<typeof InteractionSchema>;

/** The largest `limit` the agenda takes; a screen wanting more asks for everything. */
export const AGENDA_LIMIT_MAX = 1000;

/** An instant without its offset would mean a different moment in each time zone. */
const AS_OF_MESSAGE =
  'a day written YYYY-MM-DD, or an instant with its offset such as 2026-03-02T09:00:00Z';

export const TodayQuerySchema = z.strictObject({
  asOf: z.union([localDate, instant], { error: AS_OF_MESSAGE }).optional(),
  timeZone: z
    .string()
    .min(1, { error: 'an IANA time zone such as Europe/Berlin' })
    .max(100, { error: 'an IANA time zone such as Europe/Berlin' })
    .optional(),
  /** At most this many actions of each status, the first ones; the counts still tell them all. */
  limit: limitUpTo(AGENDA_LIMIT_MAX).optional(),
});

export const AgendaActionSchema = z.object({
  id: z.string(),
  kind: z.string(),
  due: z.string(),
  interviewId: z.number().int().optional(),
  personId: z.number().int(),
  reason: z.string(),
  status: z.enum(ACTION_STATUSES),
  dueInstant: z.string(),
  suggestedPersonId: z.number().int().optional(),
  snoozedFrom: z.string().optional(),
});
/** How many actions of each status the agenda holds, however many were listed. */
export const AgendaCountsSchema = z.object({
  overdue: z.number().int(),
  today: z.number().int(),
  upcoming: z.number().int(),
});
export type AgendaCounts = z.infer<typeof AgendaCountsSchema>;

export const DecisionInputSchema = z
  .strictObject({
    actionId: z.string().min(1).max(200),
    decision: z.enum(ACTION_DECISIONS),
    until: localDate.optional(),
  })
  .refine((value) => value.decision !== 'snoozed' || value.until !== undefined, {
    path: ['until'],
    message: 'a snooze needs the day it ends (YYYY-MM-DD)',
  });
