import { RELATIONSHIPS, type Relationship } from '#core/person';

export const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  friend: 'Friend',
  family: 'Family',
  coworker: 'Coworker',
  classmate: 'Classmate',
  alumni: 'Alumni',
  association: 'Association',
  linkedin: 'LinkedIn',
  referral: 'Referral',
  cold: 'Cold contact',
  other: 'Other',
};

/** Warm connections get warm colours: a quick visual cue for whom to ask first. */
export const RELATIONSHIP_COLORS: Record<Relationship, string> = {
  friend: 'orange',
  family: 'orange',
  coworker: 'teal',
  classmate: 'grape',
  alumni: 'grape',
  association: 'indigo',
  linkedin: 'blue',
  referral: 'yellow',
  cold: 'gray',
  other: 'gray',
};

export const RELATIONSHIP_OPTIONS = RELATIONSHIPS.map((value) => ({
  value,
  label: RELATIONSHIP_LABELS[value],
}));

export function isRelationship(value: string | null | undefined): value is Relationship {
  return (RELATIONSHIPS as readonly string[]).includes(value ?? '');
}
