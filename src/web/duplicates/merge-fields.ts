import {
  MERGE_CHOICE_FIELDS,
  type DuplicateReason,
  type MergeChoiceField,
  type MergeChoices,
} from '#core/duplicates';
import type { Person } from '#core/person';

export const FIELD_LABELS: Record<MergeChoiceField, string> = {
  name: 'Name',
  organization: 'Organization',
  title: 'Title',
  location: 'Location',
  linkedinUrl: 'LinkedIn profile',
  relationship: 'Relationship',
  introducedById: 'Introduced by',
  howMet: 'How you met',
  connectedOn: 'Connected on',
};

/** The single-valued fields where the two records disagree: the only ones the user must pick. */
export function differingFields(keep: Person, other: Person): MergeChoiceField[] {
  return MERGE_CHOICE_FIELDS.filter((field) => (keep[field] ?? null) !== (other[field] ?? null));
}

/** The server's default, made explicit: the kept record's value, or the other's where it has none. */
export function defaultChoices(keep: Person, other: Person): MergeChoices {
  return Object.fromEntries(
    differingFields(keep, other).map((field) => [field, keep[field] === null ? 'other' : 'keep']),
  );
}

/** Why two records look like one person, in words. */
export function reasonText(reason: DuplicateReason, people: [Person, Person]): string {
  switch (reason.kind) {
    case 'email':
      return `same e-mail ${reason.value}`;
    case 'linkedin':
      return 'same LinkedIn profile';
    case 'name_at_organization':
      return `same name at ${people[0].organization ?? people[1].organization ?? 'the same organization'}`;
  }
}
