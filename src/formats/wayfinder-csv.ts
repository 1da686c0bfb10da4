import { stringify } from 'csv-stringify/sync';
import type { Person } from '#core/person';
import type { ContactDraft } from './contact';
import type { Columns } from './csv-read';
import { parseConnectedOn } from './linkedin';
import { toRelationship } from './normalize';

/** Every Person field, in the order a person reads a row; the header names them exactly. */
export const WAYFINDER_CSV_COLUMNS = [
  'name',
  'organization',
  'title',
  'location',
  'emails',
  'phones',
  'linkedinUrl',
  'relationship',
  'howMet',
  'notes',
  'tags',
  'source',
  'connectedOn',
  'importedAt',
  'id',
  'organizationId',
  'introducedById',
  'archivedAt',
  'createdAt',
  'updatedAt',
  'version',
] as const satisfies readonly (keyof Person)[];

// Fails to compile when Person gains a field this export does not write.
type UnexportedField = Exclude<keyof Person, (typeof WAYFINDER_CSV_COLUMNS)[number]>;
const everyFieldExported: UnexportedField extends never ? true : never = true;
void everyFieldExported;

// A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection);
// such cells get a leading apostrophe, and so do cells that start with one, so reading strips
// exactly one apostrophe and every value comes back unchanged.
const FORMULA_START = /^[=+\-@\t\r']/;

function guard(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function unguard(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

// Lists go one item per line inside the cell: spreadsheets show that readably, and no email,
// phone or tag holds a line break (phones with one are flattened to a space on the way out).
const joinList = (items: readonly string[]) =>
  items.map((item) => item.replace(/[\r\n]+/g, ' ')).join('\n');

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return guard(joinList(value as string[]));
  return guard(String(value));
}

/** Wayfinder's own CSV: a header naming every Person field, one row per person, UTF-8 with BOM. */
export function peopleToCsv(people: readonly Person[]): string {
  const rows = people.map((person) => WAYFINDER_CSV_COLUMNS.map((column) => cell(person[column])));
  // The BOM makes Excel read UTF-8; CRLF is what RFC 4180 and Excel expect.
  // quoted_match: csv-stringify only quotes the record delimiter itself, not a bare \n in a cell.
  return stringify([[...WAYFINDER_CSV_COLUMNS], ...rows], {
    bom: true,
    record_delimiter: '\r\n',
    quoted_match: /[\r\n]/,
  });
}

/** Our own header, or any CSV with a plain `name` column plus some of our column names. */
export function isWayfinderHeader(keys: Set<string>): boolean {
  const ours = [
    'emails',
    'email',
    'organization',
    'linkedinurl',
    'howmet',
    'relationship',
    'tags',
    'phones',
  ];
  return keys.has('name') && ours.some((key) => keys.has(key));
}

export function wayfinderDraft(fields: string[], columns: Columns): ContactDraft {
  const text = (...names: string[]) => {
    const value = columns.get(fields, ...names);
    return value === undefined ? null : unguard(value);
  };
  const list = (...names: string[]) => (text(...names) ?? '').split(/\r?\n/);
  return {
    name: text('name'),
    organization: text('organization', 'company'),
    title: text('title'),
    location: text('location'),
    emails: list('emails', 'email'),
    phones: list('phones', 'phone'),
    urls: [text('linkedinurl', 'linkedin')],
    relationship: toRelationship(text('relationship')),
    howMet: text('howmet'),
    // Untrimmed, so that notes survive the round trip byte for byte.
    notes: rawCell(fields, columns, 'notes'),
    tags: list('tags'),
    source: text('source'),
    connectedOn: parseConnectedOn(text('connectedon') ?? undefined),
  };
}

function rawCell(fields: string[], columns: Columns, name: string): string | null {
  const position = columns.indexOf(name);
  const value = position === undefined ? undefined : fields[position];
  return value === undefined ? null : unguard(value);
}
