import type { ColumnType, Generated } from 'kysely';

/** Instants are stored as ISO-8601 UTC text on both dialects, so rows map the same way everywhere. */
type Instant = string;

export type AppUserTable = {
  id: Generated<number>;
  name: string;
  created_at: Instant;
};

export type OrganizationTable = {
  id: Generated<number>;
  owner_id: number;
  name: string;
  name_key: string;
  created_at: Instant;
  updated_at: Instant;
};

export type PersonTable = {
  id: Generated<number>;
  owner_id: number;
  version: number;
  name: string;
  sort_name: string;
  organization_id: number | null;
  title: string | null;
  location: string | null;
  /** JSON array of strings. */
  emails: string;
  /** JSON array of strings. */
  phones: string;
  linkedin_url: string | null;
  relationship: string | null;
  introduced_by_id: number | null;
  how_met: string | null;
  notes: string | null;
  /** JSON array of strings, as the user spelled them. */
  tags: string;
  source: string | null;
  /** YYYY-MM-DD: when the connection began, e.g. LinkedIn's "Connected On". */
  connected_on: string | null;
  /** When the person first came in through an import. */
  imported_at: Instant | null;
  archived_at: Instant | null;
  created_at: Instant;
  updated_at: Instant;
  /** Kept by triggers (0013): the latest interaction but a stage change. */
  last_contact_at: ColumnType<Instant | null, never, never>;
  /** Kept by triggers (0013): the latest interview held or closed, and when it was. */
  last_conversation_at: ColumnType<Instant | null, never, never>;
  last_conversation_id: ColumnType<number | null, never, never>;
  last_conversation_playbook_id: ColumnType<string | null, never, never>;
  /** Generated: the later of `last_contact_at` and `last_conversation_at`. */
  last_touch_at: ColumnType<Instant | null, never, never>;
};

/** One row per tag of a person, folded, so the tag filter is an index lookup. */
export type PersonTagTable = {
  owner_id: number;
  person_id: number;
  /** Folded, for matching. */
  tag: string;
  /** As the user spelled it. */
  label: string;
};

export type PersonMergeTable = {
  id: Generated<number>;
  owner_id: number;
  kept_id: number;
  merged_id: number;
  kept_version_after: number;
  /** JSON of the core Person before the merge. */
  kept_before: string;
  merged_before: string;
  /** JSON array of the ids whose introducer moved to the kept person. */
  moved_introductions: string;
  /** JSON of the MovedTimeline: what the merge moved from the merged person to the kept one. */
  moved_timeline: ColumnType<string, string | undefined, string>;
  created_at: Instant;
  undone_at: Instant | null;
};

export type DuplicateDismissalTable = {
  owner_id: number;
  /** "smallerId:largerId" */
  pair_key: string;
  created_at: Instant;
};

export type TargetTable = {
  id: Generated<number>;
  owner_id: number;
  version: number;
  kind: string;
  organization_id: number | null;
  label: string;
  motivation: number;
  posting: number;
  notes: string | null;
  created_at: Instant;
  updated_at: Instant;
};

export type ExplorationTable = {
  id: Generated<number>;
  owner_id: number;
  version: number;
  title: string;
  kind: string;
  /** JSON array of strings. */
  key_questions: string;
  status: string;
  created_at: Instant;
  updated_at: Instant;
};

export type InterviewTable = {
  id: Generated<number>;
  owner_id: number;
  version: number;
  person_id: number;
  introduced_by_id: number | null;
  stage: string;
  playbook_id: string;
  request_sent_at: Instant | null;
  follow_up_sent_at: Instant | null;
  agreed_at: Instant | null;
  scheduled_for: Instant | null;
  held_at: Instant | null;
  thank_you_sent_at: Instant | null;
  introducer_thanked_at: Instant | null;
  questions_sent_at: Instant | null;
  last_reply_at: Instant | null;
  created_at: Instant;
  updated_at: Instant;
};

export type InterviewExplorationTable = { interview_id: number; exploration_id: number };

export type MessageTable = {
  id: Generated<number>;
  owner_id: number;
  interview_id: number | null;
  person_id: number;
  kind: string;
  channel: string;
  subject: string | null;
  body: string;
  status: string;
  sent_at: Instant | null;
  created_at: Instant;
};

export type InteractionTable = {
  id: Generated<number>;
  owner_id: number;
  person_id: number;
  interview_id: number | null;
  kind: string;
  at: Instant;
  summary: string | null;
  created_at: Instant;
};

/** The user's choices about computed actions, in the order made; the actions are never stored. */
export type ActionDecisionTable = {
  id: Generated<number>;
  owner_id: number;
  action_id: string;
  decision: string;
  /** LocalDate, for a snooze. */
  until: string | null;
  decided_at: Instant;
};

/** One row per user: null columns mean "not chosen yet", and the service supplies the default. */
export type UserSettingTable = {
  id: Generated<number>;
  owner_id: number;
  name: string | null;
  email: string | null;
  summary: string | null;
  time_zone: string | null;
  playbook_id: string | null;
  calendar_secret: string | null;
  updated_at: Instant;
};

/** A user's own playbook (a copy of another); `rules` is the JSON of everything but id and name. */
export type PlaybookTable = {
  id: Generated<number>;
  owner_id: number;
  playbook_id: string;
  name: string;
  rules: string;
  version: number;
  created_at: Instant;
  updated_at: Instant;
};

/** A user's SMTP server. The password is kept as typed (see decision 0011) and never leaves the server. */
export type MailSettingTable = {
  id: Generated<number>;
  owner_id: number;
  host: string;
  port: number;
  /** tls | starttls | none */
  security: string;
  username: string;
  password: string | null;
  from_name: string;
  from_address: string;
  created_at: Instant;
  updated_at: Instant;
};

export type Database = {
  app_user: AppUserTable;
  organization: OrganizationTable;
  person: PersonTable;
  person_tag: PersonTagTable;
  person_search: PersonSearchTable;
  person_merge: PersonMergeTable;
  duplicate_dismissal: DuplicateDismissalTable;
  target: TargetTable;
  exploration: ExplorationTable;
  interview: InterviewTable;
  interview_exploration: InterviewExplorationTable;
  message: MessageTable;
  interaction: InteractionTable;
  action_decision: ActionDecisionTable;
  user_setting: UserSettingTable;
  playbook: PlaybookTable;
  mail_setting: MailSettingTable;
};

/** SQLite only: the FTS5 index of people, rowid = person.id. PostgreSQL keeps a tsvector column. */
export type PersonSearchTable = {
  rowid: number;
  body: string;
  rank: ColumnType<number, never, never>;
};
