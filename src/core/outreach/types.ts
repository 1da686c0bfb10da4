import type { Playbook } from '../playbook';
import type { Layout } from './layout';
import type { Span } from './words';

/** The method rules the checker knows, one id each (the CLI's and the API's contract). */
export const RULE_IDS = [
  'word-limit',
  'connection-first',
  'no-job-ask',
  'time-ask',
  'ends-with-question',
  'interest-stated',
  'about-them',
  'note-length',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/*
 * Severities: `error` where the method is plainly broken or the message will not arrive whole
 * (asking for a job or sending a CV, over the word limit, a LinkedIn note longer than LinkedIn
 * accepts); `warning` where an element that makes a yes likelier is missing or misplaced (the
 * connection first, a small time ask, a question at the end, what you are exploring); `info` for
 * style the writer may weigh (the you-versus-I balance). Only errors make `wayfinder lint` fail.
 */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const CHANNELS = [
  'email',
  'linkedin_message',
  'linkedin_note',
  'phone_script',
  'text',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const MESSAGE_KINDS = [
  'request',
  'referral_intro_request',
  'follow_up',
  'questions_in_advance',
  'thank_you',
  'introducer_thanks',
  'progress_update',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** One problem found in a draft; start/end are UTF-16 offsets into the text checked (0/0 when something is missing). */
export type Finding = {
  rule: RuleId;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  suggestion: string;
};

export type CheckOptions = {
  playbook: Playbook;
  channel?: Channel;
  kind?: MessageKind;
};

/** What every rule reads: the text, where its parts are, and the options. Built once per check. */
export type RuleContext = {
  text: string;
  layout: Layout;
  /** The sentences of the body, in order. */
  sentences: Span[];
  playbook: Playbook;
  channel: Channel;
  kind: MessageKind;
};
