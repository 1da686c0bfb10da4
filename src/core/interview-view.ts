import { z } from 'zod';
import { ACTION_KINDS } from './cadence/types';
import {
  AgendaActionSchema,
  AgendaCountsSchema,
  ExplorationInputSchema,
  ExplorationSchema,
  InteractionSchema,
  InterviewSchema,
  MessageSchema,
} from './interview-input';
import { PersonDetailSchema, PersonRefSchema } from './person';
import { idNumber } from './validation';

// What screens show beside the records themselves: names instead of bare ids, counts, a timeline.

/** A person as lists name them: enough to show "Ana Silva, Acme Health" and link to both. */
export const PersonLabelSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  organizationId: z.number().int().nullable(),
  organization: z.string().nullable(),
});
export type PersonLabel = z.infer<typeof PersonLabelSchema>;

/** How far the search has come, for the home screen: interviews, yeses and conversations. */
export const InterviewSummarySchema = z.object({
  interviews: z.number().int(),
  saidYes: z.number().int(),
  conversationsHeld: z.number().int(),
});
export type InterviewSummary = z.infer<typeof InterviewSummarySchema>;

/** An interview in a list, with the names a board card needs. */
export const InterviewListItemSchema = InterviewSchema.extend({
  person: PersonLabelSchema,
  introducer: PersonRefSchema.nullable(),
});
export type InterviewListItem = z.infer<typeof InterviewListItemSchema>;

/** One interview as its page shows it: the person, the introducer, explorations and timeline. */
export const InterviewDetailSchema = InterviewSchema.extend({
  person: PersonDetailSchema,
  /** Who introduced the user for this interview (it may differ from the person's introducer). */
  introducer: PersonRefSchema.nullable(),
  explorations: z.array(ExplorationSchema),
  messages: z.array(MessageSchema),
  /** The person's whole timeline, oldest first. */
  interactions: z.array(InteractionSchema),
});
export type InterviewDetail = z.infer<typeof InterviewDetailSchema>;

export const ExplorationSummarySchema = ExplorationSchema.extend({
  interviewCount: z.number().int(),
});
export type ExplorationSummary = z.infer<typeof ExplorationSummarySchema>;

const explorationFields = ExplorationInputSchema.shape;
/** Changes to an exploration, at the version the user saw. */
export const ExplorationPatchSchema = z.strictObject({
  version: idNumber(),
  title: explorationFields.title.optional(),
  kind: explorationFields.kind.optional(),
  keyQuestions: explorationFields.keyQuestions.unwrap().optional(),
  status: explorationFields.status.unwrap().optional(),
});
export type ExplorationPatch = z.infer<typeof ExplorationPatchSchema>;

/** Everything that happened with one person: their interviews, the messages sent, every interaction. */
export const PersonTimelineSchema = z.object({
  interviews: z.array(InterviewListItemSchema),
  messages: z.array(MessageSchema),
  /** Oldest first, as the interview detail lists them. */
  interactions: z.array(InteractionSchema),
});
export type PersonTimeline = z.infer<typeof PersonTimelineSchema>;

/** An agenda action as the web app shows it: with the person to write to and the one suggested. */
export const AgendaItemSchema = AgendaActionSchema.extend({
  kind: z.enum(ACTION_KINDS),
  person: PersonLabelSchema,
  suggestedPerson: PersonLabelSchema.optional(),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;
/**
 * How many actions of each group the Today page shows, and asks the server for, at first. A long
 * history can leave hundreds of keep-in-touch reminders overdue; the first ones are the oldest,
 * and the rest are a click away.
 */
export const AGENDA_FIRST_SHOWN = 25;

export const AgendaWithPeopleSchema = z.object({
  actions: z.array(AgendaItemSchema),
  counts: AgendaCountsSchema,
});
export type AgendaWithPeople = z.infer<typeof AgendaWithPeopleSchema>;
