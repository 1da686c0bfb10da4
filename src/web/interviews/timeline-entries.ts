import type { InterviewStage } from '#core/interview';
import type { Interaction, Message } from '#core/interview-input';
import { CHANNEL_LABELS, MESSAGE_KIND_LABELS } from './message-words';
import { STAGE_LABELS } from './stage-words';

export type TimelineEntry = {
  key: string;
  at: string;
  kind: Interaction['kind'];
  title: string;
  /** A short line under the title: a note's text, a message's subject. */
  detail: string | null;
  /** A message's full text, shown on request. */
  body: string | null;
  interviewId: number | null;
  /** When it was written down, which orders entries that happened at the same time. */
  recordedAt: string;
  id: number;
};

const REPLY_TITLES: Record<string, string> = {
  'reply: positive': 'They replied: yes, happy to talk',
  'reply: negative': 'They replied: not this time',
  'reply: later': 'They replied: maybe later',
};

const KIND_TITLES: Record<Interaction['kind'], string> = {
  message_sent: 'Message sent',
  message_received: 'Message received',
  call: 'Call',
  meeting: 'Meeting',
  note: 'Note',
  stage_change: 'Stage changed',
};

function stageTitle(summary: string | null): string {
  const [from, to] = (summary ?? '').split(' → ') as [InterviewStage?, InterviewStage?];
  if (!from || !to || !STAGE_LABELS[from] || !STAGE_LABELS[to]) return KIND_TITLES.stage_change;
  return `Moved from ${STAGE_LABELS[from]} to ${STAGE_LABELS[to]}`;
}

function fromInteraction(interaction: Interaction): TimelineEntry {
  const base = {
    key: `interaction-${interaction.id}`,
    at: interaction.at,
    kind: interaction.kind,
    body: null,
    interviewId: interaction.interviewId,
    recordedAt: interaction.createdAt,
    id: interaction.id,
  };
  if (interaction.kind === 'stage_change') {
    return { ...base, title: stageTitle(interaction.summary), detail: null };
  }
  const reply = interaction.summary ? REPLY_TITLES[interaction.summary] : undefined;
  if (reply) return { ...base, title: reply, detail: null };
  return { ...base, title: KIND_TITLES[interaction.kind], detail: interaction.summary };
}

function fromMessage(message: Message): TimelineEntry {
  return {
    key: `message-${message.id}`,
    at: message.sentAt ?? message.createdAt,
    kind: 'message_sent',
    title: `${MESSAGE_KIND_LABELS[message.kind]} sent by ${CHANNEL_LABELS[message.channel]}`,
    detail: message.subject,
    body: message.body,
    interviewId: message.interviewId,
    recordedAt: message.createdAt,
    id: message.id,
  };
}

/**
 * One list, newest first, of what happened. Recording a message also logs a "message sent"
 * interaction at the same instant; the message itself stands for it, since it carries the text.
 */
export function buildTimeline(
  interactions: readonly Interaction[],
  messages: readonly Message[],
): TimelineEntry[] {
  const sent = new Set(messages.map((m) => `${m.interviewId}|${m.sentAt}`));
  const entries = [
    ...interactions
      .filter((i) => !(i.kind === 'message_sent' && sent.has(`${i.interviewId}|${i.at}`)))
      .map(fromInteraction),
    ...messages.map(fromMessage),
  ];
  return entries.sort(
    (a, b) => compare(b.at, a.at) || compare(b.recordedAt, a.recordedAt) || b.id - a.id,
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
