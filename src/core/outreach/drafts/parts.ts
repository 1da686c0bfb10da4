import type { Exploration } from '../../interview-input';
import type { Playbook } from '../../playbook';
import type { Channel, MessageKind } from '../types';

/** Who the user is, as the drafts sign and introduce them. */
export type DraftProfile = { name: string; email?: string | null; summary: string };
export type DraftPerson = { name: string; organization?: string | null; title?: string | null };
export type DraftExploration = Pick<Exploration, 'title' | 'kind'> & {
  keyQuestions?: readonly string[];
};

export type DraftInput = {
  kind: MessageKind;
  channel: Channel;
  /** The person the interview is with (whom the user wants to learn from). */
  person: DraftPerson;
  /** Who connected them; the addressee of an introduction request or an introducer's thanks. */
  introducer: DraftPerson | null;
  explorations: readonly DraftExploration[];
  profile: DraftProfile;
  playbook: Playbook;
  /** The person's organization when the caller knows it better than `person.organization`. */
  organization?: string | null;
};

export type Draft = { subject?: string; body: string };

/** A gap the user must fill, shown in brackets so it cannot be missed. */
export const gap = (what: string) => `[${what}]`;

const HONORIFIC = /^(?:dr|prof|professor|mr|mrs|ms|mx|miss|sir|dame)\.?$/i;

/** How a greeting names someone: "Ana" for Ana Silva, "Dr. Okafor" for Dr. Chidi Okafor. */
export function firstName(person: DraftPerson | null, missing = 'their first name'): string {
  const parts = person?.name.trim().split(/\s+/).filter(Boolean) ?? [];
  if (parts.length === 0) return gap(missing);
  if (parts.length > 1 && HONORIFIC.test(parts[0]!)) return `${parts[0]} ${parts.at(-1)}`;
  return parts[0]!;
}

export const fullName = (person: DraftPerson | null, missing: string) =>
  person?.name.trim() || gap(missing);

/** "I'm a final-year economics student at Leeds", from the profile's one-line summary. */
export function aboutMe(profile: DraftProfile): string {
  const summary = profile.summary.trim().replace(/[.\s]+$/, '');
  return `I'm ${summary || gap('one line about you, e.g. a final-year economics student')}`;
}

export const myName = (profile: DraftProfile) => profile.name.trim() || gap('your name');

function explorationPhrase({ title, kind }: DraftExploration): string {
  const name = title.trim();
  switch (kind) {
    case 'role':
      return `the role of ${name}`;
    case 'industry':
      return `careers in ${name}`;
    case 'organization':
      return `working at ${name}`;
    case 'field':
      return name;
  }
}

/** What the user is exploring, narrow first: "UX research in healthcare and careers in nursing". */
export function interest(explorations: readonly DraftExploration[]): string {
  const named = explorations.filter((e) => e.title.trim()).slice(0, 2);
  if (named.length === 0) return gap('the field or role you are exploring');
  return named.map(explorationPhrase).join(' and ');
}

/** " at Acme Health", or nothing when the organization is unknown. */
export function atOrganization(input: DraftInput): string {
  const name = (input.organization ?? input.person.organization)?.trim();
  return name ? ` at ${name}` : '';
}

export const minutes = (playbook: Playbook) => `${playbook.defaultDurationMinutes} minutes`;

/** A letter before it is laid out for a channel. */
export type Letter = {
  subject?: string;
  greeting: string;
  paragraphs: string[];
  signOff: string;
};

/** Lays a letter out for e-mail, a LinkedIn message or a text. */
export function render(letter: Letter, channel: Channel, profile: DraftProfile): Draft {
  const name = myName(profile);
  if (channel === 'text') {
    return { body: `${letter.greeting} ${letter.paragraphs.join(' ')}\n\n– ${name}` };
  }
  const body = [letter.greeting, ...letter.paragraphs, `${letter.signOff},\n${name}`].join('\n\n');
  return channel === 'email' && letter.subject !== undefined
    ? { subject: letter.subject, body }
    : { body };
}
