import { PersonInputSchema, type Person, type Relationship } from '#core/person';
import type { ApiIssue } from '../api/client';
import type { PersonBody, PersonChanges } from '../api/people.api';

/** What the form edits: plain strings and lists, so inputs are always controlled. */
export type PersonFormValues = {
  name: string;
  organization: string;
  title: string;
  location: string;
  emails: string[];
  phones: string[];
  linkedinUrl: string;
  relationship: Relationship | null;
  introducedById: number | null;
  howMet: string;
  notes: string;
  tags: string[];
};

export type PersonField = keyof PersonFormValues;
export type FieldErrors = Partial<Record<PersonField, string>>;

const FIELDS: PersonField[] = [
  'name',
  'organization',
  'title',
  'location',
  'emails',
  'phones',
  'linkedinUrl',
  'relationship',
  'introducedById',
  'howMet',
  'notes',
  'tags',
];
const LIST_FIELDS = new Set<PersonField>(['emails', 'phones', 'tags']);

export function toFormValues(person?: Person | null): PersonFormValues {
  return {
    name: person?.name ?? '',
    organization: person?.organization ?? '',
    title: person?.title ?? '',
    location: person?.location ?? '',
    emails: person?.emails ?? [],
    phones: person?.phones ?? [],
    linkedinUrl: person?.linkedinUrl ?? '',
    relationship: person?.relationship ?? null,
    introducedById: person?.introducedById ?? null,
    howMet: person?.howMet ?? '',
    notes: person?.notes ?? '',
    tags: person?.tags ?? [],
  };
}

const orNull = (text: string) => (text.trim() ? text : null);

/** The request body for these values; blank text becomes null so the server clears it. */
export function toPersonBody(values: PersonFormValues): PersonBody {
  return {
    name: values.name,
    organization: orNull(values.organization),
    title: orNull(values.title),
    location: orNull(values.location),
    emails: values.emails,
    phones: values.phones,
    linkedinUrl: orNull(values.linkedinUrl),
    relationship: values.relationship,
    introducedById: values.introducedById,
    howMet: orNull(values.howMet),
    notes: orNull(values.notes),
    tags: values.tags,
  };
}

/** Only the fields the user changed since `base`: what a PATCH should carry. */
export function changedFields(base: PersonFormValues, values: PersonFormValues): PersonChanges {
  const before = toPersonBody(base);
  const after = toPersonBody(values);
  const changes: Record<string, unknown> = {};
  for (const field of FIELDS) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      changes[field] = after[field];
  }
  return changes as PersonChanges;
}

function fieldOf(path: string): PersonField | null {
  const head = path.split('.')[0] as PersonField;
  return FIELDS.includes(head) ? head : null;
}

/** Maps located issues ("emails.1: must be …") to one message per field, naming the bad list item. */
export function issuesToErrors(issues: ApiIssue[], values: PersonFormValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (!field || errors[field]) continue;
    const index = Number(issue.path.split('.')[1]);
    const list = LIST_FIELDS.has(field) ? (values[field] as string[]) : null;
    const item = list && Number.isInteger(index) ? list[index] : undefined;
    const message = issue.message.charAt(0).toUpperCase() + issue.message.slice(1);
    errors[field] = item !== undefined ? `“${item}”: ${issue.message}` : message;
  }
  return errors;
}

/** Checks the values with the same schema the server uses, so messages match either way. */
export function validatePerson(values: PersonFormValues): FieldErrors {
  const result = PersonInputSchema.safeParse(toPersonBody(values));
  if (result.success) return {};
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  return issuesToErrors(issues, values);
}

export const FIELD_LABELS: Record<PersonField, string> = {
  name: 'name',
  organization: 'organization',
  title: 'title',
  location: 'location',
  emails: 'emails',
  phones: 'phones',
  linkedinUrl: 'LinkedIn URL',
  relationship: 'relationship',
  introducedById: 'introduced by',
  howMet: 'how you met',
  notes: 'notes',
  tags: 'tags',
};
