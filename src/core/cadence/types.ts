import type { InterviewStage } from '../interview';
import type { Relationship } from '../person';
import type { Playbook } from '../playbook';

/** A calendar day as the user lives it, 'YYYY-MM-DD', with no time zone attached. */
export type LocalDate = string;

/** A UTC instant as an ISO 8601 string. */
export type Instant = string;

/** Answers "is this day a public holiday?"; a `Set<LocalDate>` is one. */
export type HolidayLookup = { has(date: LocalDate): boolean };

/** What the engine needs to know about an interview: its stage and when each step happened. */
export type CadenceInterview = {
  id: string;
  personId: string;
  organizationId: string | null;
  introducedById: string | null;
  stage: InterviewStage;
  requestSentAt: Instant | null;
  /** The latest follow-up sent on this request; one sent before the request does not count. */
  followUpSentAt: Instant | null;
  agreedAt: Instant | null;
  scheduledFor: Instant | null;
  heldAt: Instant | null;
  /** Thanks count only when sent at or after the conversation (`heldAt`, else `scheduledFor`). */
  thankYouSentAt: Instant | null;
  introducerThankedAt: Instant | null;
  questionsSentAt: Instant | null;
  lastReplyAt: Instant | null;
  /** The interview's own playbook; absent or unknown means `CadenceInput.playbook`. */
  playbookId?: string | null;
};

export type CadencePerson = {
  id: string;
  name: string;
  organizationId: string | null;
  relationship: Relationship | null;
  archived: boolean;
  /** In an interview of any stage, when `interviews` may not show it; never suggested as next. */
  inInterview?: boolean;
};

/** Names the organization in reasons; without it they say "the same organization". */
export type CadenceOrganization = {
  id: string;
  name: string;
  /**
   * How many people there are in an interview of any stage, when `interviews` does not hold all
   * of theirs; it tells "everyone you know there is in a conversation" from "nobody else there".
   */
  peopleInInterviews?: number;
};

export const INTERACTION_KINDS = [
  'message_sent',
  'message_received',
  'call',
  'meeting',
  'note',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export type CadenceInteraction = { personId: string; at: Instant; kind: InteractionKind };

/** A person's latest interaction of any kind, and the latest that came from them, worked out. */
export type CadenceContact = {
  personId: string;
  lastAt: Instant | null;
  lastInboundAt: Instant | null;
};

/** A person's latest conversation: the interview held or closed most recently, and when. */
export type CadenceConversation = {
  personId: string;
  interviewId: string;
  /** Held, else scheduled; null when neither is known. */
  at: Instant | null;
  playbookId?: string | null;
};

/** The user's choice about one computed action; the only part of an action that is stored. */
export type ActionDecision =
  | { actionId: string; decision: 'done' | 'dismissed' }
  | { actionId: string; decision: 'snoozed'; until: LocalDate };

export const ACTION_KINDS = [
  'thank_you',
  'thank_introducer',
  'send_questions',
  'follow_up',
  'ask_second_person',
  'mark_no_reply',
  'keep_in_touch',
] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTION_STATUSES = ['overdue', 'today', 'upcoming'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export type Action = {
  /** Deterministic: the same data gives the same id on every run, so decisions stick to it. */
  id: string;
  kind: ActionKind;
  due: LocalDate;
  /** The start of the due day in the user's time zone, for ordering and calendar feeds. */
  dueInstant: Instant;
  interviewId?: string;
  personId: string;
  reason: string;
  suggestedPersonId?: string;
  /** The computed due date when a snooze moved it. */
  snoozedFrom?: LocalDate;
  status: ActionStatus;
};

export type CadenceInput = {
  asOf: Instant;
  /** IANA name; decides which local day every instant falls on, and when "today" is. */
  timeZone: string;
  /** The active playbook, for interviews that name none of `playbooks`. */
  playbook: Playbook;
  /** Playbooks interviews may name by `playbookId`. */
  playbooks?: readonly Playbook[];
  /**
   * Every interview that can call for an action (asked, agreed, scheduled, held); others only
   * tell who is already spoken for at an organization and, without `conversations`, when the
   * user last talked with someone, and may be left out when those are given another way.
   */
  interviews: readonly CadenceInterview[];
  /**
   * Everyone the actions name, and at each organization of an asked interview at least its
   * warmest person in no interview (the one to suggest next); anyone else may be left out.
   */
  people: readonly CadencePerson[];
  interactions?: readonly CadenceInteraction[];
  /** Contacts already worked out (a store reads them from each person); merged with `interactions`. */
  contacts?: readonly CadenceContact[];
  /**
   * Each person's latest conversation, for keeping in touch. When absent, they are taken from
   * `interviews`, which must then hold every interview held or closed.
   */
  conversations?: readonly CadenceConversation[];
  decisions: readonly ActionDecision[];
  organizations?: readonly CadenceOrganization[];
  /** Leave out actions due after this day (Today shows a short look ahead). */
  horizon?: LocalDate;
  /** Overrides the playbook country's public holidays (tests, or a user's own days off). */
  holidays?: HolidayLookup;
};
