import { z } from 'zod';
import { matchKeysOf, MatchIndex, type MatchKeys } from './contact-match';
import { organizationKey } from './organization';
import type { Person, Relationship } from './person';
import { foldText } from './text';

/** Larger files are refused before reading; a full 30,000-row LinkedIn export is about 3 MB. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The contact files Wayfinder reads; 'wayfinder' is our own CSV export. */
export const IMPORT_FORMATS = [
  'linkedin',
  'google',
  'outlook',
  'thunderbird',
  'vcard',
  'wayfinder',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A contact read from a file, in the People vocabulary. */
export type IncomingContact = {
  /** 1-based line of the file where this record starts. */
  line: number;
  name: string;
  organization: string | null;
  title: string | null;
  emails: string[];
  phones: string[];
  linkedinUrl: string | null;
  location: string | null;
  notes: string | null;
  tags: string[];
  relationship: Relationship | null;
  connectedOn: string | null;
};

export type ExistingPerson = Pick<
  Person,
  | 'id'
  | 'version'
  | 'name'
  | 'organization'
  | 'title'
  | 'location'
  | 'emails'
  | 'phones'
  | 'linkedinUrl'
  | 'relationship'
  | 'notes'
  | 'tags'
  | 'connectedOn'
>;

/** The fields an import may change on someone already known: all but who they are and their name. */
export type ContactChanges = Partial<Omit<ExistingPerson, 'id' | 'version' | 'name'>>;

export type ImportPlan = {
  creates: IncomingContact[];
  updates: { line: number; person: ExistingPerson; changes: ContactChanges }[];
  unchanged: { line: number; personId: number }[];
  /** Rows that repeat an earlier row of the same file; their e-mails, phones and tags were merged into it. */
  duplicates: { line: number; sameAsLine: number }[];
};

/** Decides, without touching anything, what importing these contacts would do. */
export function planImport(existing: ExistingPerson[], contacts: IncomingContact[]): ImportPlan {
  const plan: ImportPlan = { creates: [], updates: [], unchanged: [], duplicates: [] };
  // A network has far fewer organizations than people: key each name once.
  const keyOfOrganization = memoize(organizationKey);
  const keysOf = (person: Parameters<typeof matchKeysOf>[0]) =>
    matchKeysOf(person, keyOfOrganization);

  const distinct: { contact: IncomingContact; keys: MatchKeys }[] = [];
  const inFile = new MatchIndex<{ contact: IncomingContact; keys: MatchKeys }>();
  for (const contact of contacts) {
    const keys = keysOf(contact);
    const earlier = inFile.find(keys);
    if (earlier) {
      plan.duplicates.push({ line: contact.line, sameAsLine: earlier.contact.line });
      mergeInto(earlier.contact, contact);
      earlier.keys = keysOf(earlier.contact);
      inFile.add(earlier.keys, earlier);
      continue;
    }
    const entry = {
      contact: {
        ...contact,
        emails: [...contact.emails],
        phones: [...contact.phones],
        tags: [...contact.tags],
      },
      keys,
    };
    distinct.push(entry);
    inFile.add(keys, entry);
  }

  const known = new MatchIndex<ExistingPerson>();
  for (const person of existing) known.add(keysOf(person), person);
  // Rows that share no key can still both be someone already known (one by each e-mail):
  // they become one update, and the later row counts as a repeat of the earlier one.
  const matched = new Map<number, { person: ExistingPerson; contact: IncomingContact }>();
  for (const { contact, keys } of distinct) {
    const person = known.find(keys);
    if (!person) {
      plan.creates.push(contact);
      continue;
    }
    const first = matched.get(person.id);
    if (first) {
      plan.duplicates.push({ line: contact.line, sameAsLine: first.contact.line });
      first.contact = mergeInto({ ...first.contact }, contact);
    } else {
      matched.set(person.id, { person, contact });
    }
  }
  for (const { person, contact } of matched.values()) {
    const changes = changesFor(person, contact, keyOfOrganization);
    if (Object.keys(changes).length === 0)
      plan.unchanged.push({ line: contact.line, personId: person.id });
    else plan.updates.push({ line: contact.line, person, changes });
  }
  return plan;
}

function memoize(compute: (value: string) => string): (value: string) => string {
  const cache = new Map<string, string>();
  return (value) => {
    let result = cache.get(value);
    if (result === undefined) cache.set(value, (result = compute(value)));
    return result;
  };
}

function mergeInto(target: IncomingContact, repeat: IncomingContact): IncomingContact {
  target.emails = union(target.emails, repeat.emails);
  target.phones = union(target.phones, repeat.phones);
  target.tags = union(target.tags, repeat.tags);
  target.linkedinUrl ??= repeat.linkedinUrl;
  target.organization ??= repeat.organization;
  target.title ??= repeat.title;
  target.location ??= repeat.location;
  target.notes ??= repeat.notes;
  target.connectedOn ??= repeat.connectedOn;
  return target;
}

/** Adds what `extra` has that `base` lacks (case-insensitively), keeping base's order and spelling. */
function union(base: readonly string[], extra: readonly string[]): string[] {
  const seen = new Set(base.map(foldText));
  return [
    ...base,
    ...extra.filter((value) => !seen.has(foldText(value)) && seen.add(foldText(value))),
  ];
}

/**
 * What a newer export says that the stored person lacks or has changed: a new title or employer
 * wins; e-mails, phones and tags are added to; notes and relationship fill only empty fields;
 * the name the user may have corrected is kept.
 */
export function changesFor(
  person: ExistingPerson,
  contact: IncomingContact,
  keyOfOrganization: (name: string) => string = organizationKey,
): ContactChanges {
  const changes: ContactChanges = {};
  if (contact.title && contact.title !== person.title) changes.title = contact.title;
  if (
    contact.organization &&
    keyOfOrganization(contact.organization) !== keyOfOrganization(person.organization ?? '')
  ) {
    changes.organization = contact.organization;
  }
  if (contact.location && contact.location !== person.location) changes.location = contact.location;
  for (const field of ['emails', 'phones', 'tags'] as const) {
    if (contact[field].length === 0) continue;
    const merged = union(person[field], contact[field]);
    if (merged.length > person[field].length) changes[field] = merged;
  }
  if (contact.linkedinUrl && !person.linkedinUrl) changes.linkedinUrl = contact.linkedinUrl;
  if (contact.relationship && !person.relationship) changes.relationship = contact.relationship;
  if (contact.notes && !person.notes) changes.notes = contact.notes;
  if (contact.connectedOn && contact.connectedOn !== person.connectedOn)
    changes.connectedOn = contact.connectedOn;
  return changes;
}

const LineSchema = z.number().int();

/** What an import did — or, for a preview or dry run, would do — with a look at who is new and what changes. */
export const ImportReportSchema = z.object({
  format: z.string(),
  read: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  duplicates: z.number().int(),
  skipped: z.array(z.object({ line: LineSchema, reason: z.string() })),
  dryRun: z.boolean(),
  newPeople: z.array(
    z.object({
      line: LineSchema,
      name: z.string(),
      organization: z.string().nullable(),
      title: z.string().nullable(),
    }),
  ),
  changedPeople: z.array(
    z.object({
      line: LineSchema,
      personId: z.number().int(),
      name: z.string(),
      fields: z.array(z.string()),
    }),
  ),
  duplicateRows: z.array(z.object({ line: LineSchema, sameAsLine: LineSchema })),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

/** The numbers every interface prints (the CLI's --json contract). */
export type ImportSummary = Pick<
  ImportReport,
  'format' | 'read' | 'created' | 'updated' | 'unchanged' | 'duplicates' | 'skipped'
>;
