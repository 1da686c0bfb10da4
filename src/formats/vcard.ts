import { AppError } from '#core/errors';
import type { ContactDraft, ImportedContact, ParsedContacts, SkippedRow } from './contact';
import { parseConnectedOn } from './linkedin';
import { finishContact, isSkipped, toRelationship } from './normalize';
import { isQuotedPrintable, readVcards, type VcardCard, type VcardProperty } from './vcard-read';

/** Decodes quoted-printable to bytes first and only then to text, so a soft line break in the
 * middle of a multi-byte UTF-8 character (Android) still yields the character. */
function decodeQuotedPrintable(value: string, charset: string | undefined): string {
  const bytes: number[] = [];
  for (let index = 0; index < value.length; index++) {
    const char = value.charCodeAt(index);
    const hex = char === 61 ? value.slice(index + 1, index + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else if (char < 128) {
      bytes.push(char);
    } else {
      // A raw non-ASCII character (not allowed in QP, but seen): keep it as UTF-8.
      bytes.push(...new TextEncoder().encode(value[index]));
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset ?? 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  // A lone invalid byte (Android writes a stray =80) would otherwise show as U+FFFD.
  return decoder.decode(new Uint8Array(bytes)).replace(/\uFFFD/g, '');
}

/** Splits on a separator that is not escaped with a backslash. */
function splitUnescaped(value: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < value.length; index++) {
    const char = value[index]!;
    if (char === '\\' && index + 1 < value.length) {
      current += char + value[index + 1];
      index++;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

// RFC 6350 escapes \\ \, \; \n; Google and Apple also escape : and " (`http\://`, `\"AS IS\"`).
function unescapeText(value: string): string {
  return value.replace(/\\([\\,;:"nN])/g, (_, char: string) =>
    char === 'n' || char === 'N' ? '\n' : char,
  );
}

/** The property's value as text, decoded and with line ends normalised, before unescaping. */
function rawText(property: VcardProperty): string {
  const value = isQuotedPrintable(property)
    ? decodeQuotedPrintable(property.value, property.params.get('charset')?.[0])
    : property.value;
  return value.replace(/\r\n?/g, '\n');
}

const textOf = (property: VcardProperty) => unescapeText(rawText(property));
const componentsOf = (property: VcardProperty, separator = ';') =>
  splitUnescaped(rawText(property), separator).map(unescapeText);

function isPreferred(property: VcardProperty): boolean {
  const types = property.params.get('type') ?? [];
  return types.includes('pref') || property.params.get('pref')?.[0] === '1';
}

/** Preferred values first (TYPE=pref, 2.1's bare PREF, 4.0's PREF=1), then in file order. */
function preferredFirst(properties: VcardProperty[]): VcardProperty[] {
  return [
    ...properties.filter(isPreferred),
    ...properties.filter((property) => !isPreferred(property)),
  ];
}

// Groups phones and Google add on their own; tags only for what the user made.
const SYSTEM_CATEGORIES = new Set(['my contacts', 'mycontacts', 'starred']);

function locationOf(address: VcardProperty | undefined): string | null {
  if (!address) return null;
  // ADR: post office box; extended; street; locality; region; postal code; country.
  const [, , , locality, region, , country] = componentsOf(address).map((part) =>
    part.replace(/\s+/g, ' ').trim(),
  );
  const parts = [locality, region, country].filter((part): part is string => Boolean(part));
  return parts.filter((part, index) => parts.indexOf(part) === index).join(', ') || null;
}

function cardDraft(card: VcardCard): ContactDraft {
  const all = (name: string) => card.properties.filter((property) => property.name === name);
  const first = (name: string) => all(name)[0];
  const text = (name: string) => {
    const property = first(name);
    return property ? textOf(property) : null;
  };
  const ours = /wayfinder/i.test(text('PRODID') ?? '');
  const name = first('N') ? componentsOf(first('N')!) : [];
  const tags = all('CATEGORIES').flatMap((property) => componentsOf(property, ','));
  const draft: ContactDraft = {
    name: text('FN'),
    // N: family; given; additional; prefix; suffix.
    nameParts: [name[1], name[2], name[0]],
    organization: first('ORG') ? componentsOf(first('ORG')!)[0] : null,
    title: text('TITLE'),
    emails: preferredFirst(all('EMAIL')).map(textOf),
    phones: preferredFirst(all('TEL')).map(textOf),
    urls: [...all('URL'), ...all('X-SOCIALPROFILE')].map(textOf),
    location: locationOf(preferredFirst(all('ADR'))[0]),
    notes: all('NOTE').map(textOf).join('\n\n'),
    tags: ours ? tags : tags.filter((tag) => !SYSTEM_CATEGORIES.has(tag.trim().toLowerCase())),
    relationship: toRelationship(text('X-WAYFINDER-RELATIONSHIP')),
    connectedOn: parseConnectedOn(text('X-WAYFINDER-CONNECTED-ON') ?? undefined),
  };
  if (ours) {
    draft.howMet = text('X-WAYFINDER-HOW-MET');
    draft.source = text('X-WAYFINDER-SOURCE');
  }
  return draft;
}

/** Reads vCard 2.1, 3.0 and 4.0 files, one contact per complete card. */
export function parseVcardContacts(text: string): ParsedContacts {
  const { cards, problems } = readVcards(text);
  if (cards.length === 0 && problems.length === 0) {
    throw new AppError(
      'invalid_input',
      'This file has no vCard in it (no BEGIN:VCARD line). Export your contacts again as vCard (.vcf), or pick the CSV export instead.',
    );
  }
  const contacts: ImportedContact[] = [];
  const skipped: SkippedRow[] = [...problems];
  for (const card of cards) {
    const result = finishContact(
      card.line,
      cardDraft(card),
      'no name or e-mail address on this card',
    );
    if (isSkipped(result)) skipped.push(result);
    else contacts.push(result);
  }
  skipped.sort((a, b) => a.line - b.line);
  return { format: 'vcard', read: contacts.length + skipped.length, contacts, skipped };
}
