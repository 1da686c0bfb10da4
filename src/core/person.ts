import { z } from 'zod';
import { MAX_ID, idNumber, limitUpTo, organizationIdParam } from './validation';
import { cleanLine, foldText } from './text';

export const RELATIONSHIPS = [
  'friend',
  'family',
  'coworker',
  'classmate',
  'alumni',
  'association',
  'linkedin',
  'referral',
  'cold',
  'other',
] as const;
export type Relationship = (typeof RELATIONSHIPS)[number];

export const PERSON_SORTS = ['name', 'organization', 'updated', 'created'] as const;
export type PersonSort = (typeof PERSON_SORTS)[number];

const optionalText = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .transform((value) => cleanLine(value) ?? null)
    .nullable()
    .optional();

const tagSchema = z
  .string()
  .transform((value) => cleanLine(value) ?? '')
  .pipe(z.string().min(1, 'a tag cannot be empty').max(40, 'a tag must be at most 40 characters'));

export const emailSchema = z
  .string()
  .trim()
  .pipe(z.email('must be an email address like ana@example.com').max(254));

const phoneSchema = z
  .string()
  .trim()
  .min(3, 'a phone number needs at least 3 characters')
  .max(40, 'a phone number must be at most 40 characters')
  .regex(/^[+\d\s().\-/x#*]+$/i, 'a phone number may contain digits, spaces, + ( ) - . / x # *');

const linkedinUrlSchema = z
  .string()
  .trim()
  .max(300)
  .transform((value) => (/^https?:\/\//i.test(value) ? value : `https://${value}`))
  .pipe(
    z
      .url({ message: 'must be a LinkedIn profile URL like https://www.linkedin.com/in/ana' })
      .refine(
        (value) => /^https?:\/\/([a-z0-9-]+\.)*linkedin\.com(\/|$)/i.test(value),
        'must be a linkedin.com address',
      ),
  );

/** Drops repeats that differ only in case, keeping the first spelling. */
function uniqueFolded(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = foldText(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const personFields = {
  name: z
    .string({ error: 'name is required' })
    .transform((value) => cleanLine(value) ?? '')
    .pipe(z.string().min(1, 'name is required').max(200, 'name must be at most 200 characters')),
  organization: optionalText(200),
  title: optionalText(200),
  location: optionalText(200),
  emails: z.array(emailSchema).max(20, 'at most 20 emails').transform(uniqueFolded),
  phones: z.array(phoneSchema).max(20, 'at most 20 phone numbers'),
  linkedinUrl: linkedinUrlSchema
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  relationship: z.enum(RELATIONSHIPS).nullable().optional(),
  introducedById: idNumber().nullable().optional(),
  howMet: optionalText(500),
  notes: z
    .string()
    .max(20000, 'notes must be at most 20,000 characters')
    .transform((value) => (value.trim() ? value : null))
    .nullable()
    .optional(),
  tags: z.array(tagSchema).max(30, 'at most 30 tags').transform(uniqueFolded),
  source: optionalText(100),
  connectedOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2024-10-05')
    .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'must be a real date')
    .nullable()
    .optional(),
};

/** What a client sends to create a person: a name, everything else optional. */
export const PersonInputSchema = z.strictObject({
  ...personFields,
  emails: personFields.emails.optional(),
  phones: personFields.phones.optional(),
  tags: personFields.tags.optional(),
});
export type PersonInput = z.infer<typeof PersonInputSchema>;

/** A partial change, carrying the version it was based on. */
export const PersonPatchSchema = z.strictObject({
  version: z
    .number({ error: 'version is required (the version you last read)' })
    .int()
    .positive()
    .max(MAX_ID),
  name: personFields.name.optional(),
  organization: personFields.organization,
  title: personFields.title,
  location: personFields.location,
  emails: personFields.emails.optional(),
  phones: personFields.phones.optional(),
  linkedinUrl: personFields.linkedinUrl,
  relationship: personFields.relationship,
  introducedById: personFields.introducedById,
  howMet: personFields.howMet,
  notes: personFields.notes,
  tags: personFields.tags.optional(),
  connectedOn: personFields.connectedOn,
});
export type PersonPatch = z.infer<typeof PersonPatchSchema>;

export const PersonRefSchema = z.object({ id: z.number().int(), name: z.string() });
export type PersonRef = z.infer<typeof PersonRefSchema>;

/** A person as every interface shows them (API, CLI --json, web). */
export const PersonSchema = z.object({
  id: z.number().int(),
  version: z.number().int(),
  name: z.string(),
  organization: z.string().nullable(),
  organizationId: z.number().int().nullable(),
  title: z.string().nullable(),
  location: z.string().nullable(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  linkedinUrl: z.string().nullable(),
  relationship: z.enum(RELATIONSHIPS).nullable(),
  introducedById: z.number().int().nullable(),
  howMet: z.string().nullable(),
  notes: z.string().nullable(),
  tags: z.array(z.string()),
  source: z.string().nullable(),
  connectedOn: z.string().nullable(),
  importedAt: z.string().nullable(),
  archivedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof PersonSchema>;

/** A person with the people around them: who introduced them and whom they introduced. */
export const PersonDetailSchema = PersonSchema.extend({
  introducedBy: PersonRefSchema.nullable(),
  introduced: z.array(PersonRefSchema),
});
export type PersonDetail = z.infer<typeof PersonDetailSchema>;

export const PersonListQuerySchema = z.strictObject({
  q: z.string().max(200, 'search text must be at most 200 characters').optional(),
  limit: limitUpTo(200).default(50),
  cursor: z.string().max(200).optional(),
  sort: z.enum(PERSON_SORTS).optional(),
  relationship: z.enum(RELATIONSHIPS).optional(),
  organizationId: organizationIdParam().optional(),
  tag: z.string().max(40).optional(),
  archived: z
    .enum(['true', 'false', 'all'])
    .optional()
    .transform((value) => value ?? 'false'),
});
export type PersonListQuery = z.infer<typeof PersonListQuerySchema>;

export type Page<T> = { items: T[]; nextCursor: string | null };

/** The text a person is found by: names, organization, title, emails (whole and in parts), tags, notes. */
export function personSearchText(person: {
  name: string;
  organization?: string | null;
  title?: string | null;
  emails?: readonly string[];
  tags?: readonly string[];
  notes?: string | null;
  location?: string | null;
}): string {
  const emails = person.emails ?? [];
  return [
    person.name,
    person.organization,
    person.title,
    person.location,
    ...emails,
    ...(person.tags ?? []),
    person.notes,
  ]
    .filter(Boolean)
    .join(' \n ');
}

/** The key people are sorted by name with: case- and accent-insensitive. */
export function personSortKey(name: string): string {
  return foldText(name).trim();
}
