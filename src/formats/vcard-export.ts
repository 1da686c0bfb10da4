import type { Person } from '#core/person';

/** Identifies our own exports, so that reading one back keeps every tag and X-WAYFINDER field. */
export const WAYFINDER_PRODID = '-//Wayfinder//Wayfinder//EN';

/** RFC 6350 text escaping; line breaks of any style become \n. */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\r\n?|\n/g, '\\n')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (RFC 6350 §3.2) without splitting a UTF-8 character. */
function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // continuation lines start with the folding space
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** N needs family and given names; we only keep one display name, so split it on the last space. */
function structuredName(name: string): string {
  const space = name.lastIndexOf(' ');
  const family = space === -1 ? name : name.slice(space + 1);
  const given = space === -1 ? '' : name.slice(0, space);
  return `${escapeText(family)};${escapeText(given)};;;`;
}

/** REV wants a vCard timestamp: 2024-05-01T10:00:00.000Z becomes 20240501T100000Z. */
function revision(updatedAt: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?Z$/.exec(updatedAt);
  return match ? `${match.slice(1, 4).join('')}T${match.slice(4, 7).join('')}Z` : null;
}

function personLines(person: Person): string[] {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `PRODID:${WAYFINDER_PRODID}`,
    `FN:${escapeText(person.name)}`,
  ];
  lines.push(`N:${structuredName(person.name)}`);
  if (person.organization) lines.push(`ORG:${escapeText(person.organization)}`);
  if (person.title) lines.push(`TITLE:${escapeText(person.title)}`);
  person.emails.forEach((email, index) =>
    lines.push(`EMAIL${index === 0 ? ';PREF=1' : ''}:${escapeText(email)}`),
  );
  // VALUE=text: vCard 4.0 expects a tel: URI otherwise, and we keep numbers as the user typed them.
  person.phones.forEach((phone, index) =>
    lines.push(`TEL;VALUE=text${index === 0 ? ';PREF=1' : ''}:${escapeText(phone)}`),
  );
  if (person.linkedinUrl) lines.push(`URL;TYPE=linkedin:${person.linkedinUrl}`);
  // Location is free text; the locality slot is where other programs show a city.
  if (person.location) lines.push(`ADR:;;;${escapeText(person.location)};;;`);
  if (person.notes) lines.push(`NOTE:${escapeText(person.notes)}`);
  if (person.tags.length > 0) lines.push(`CATEGORIES:${person.tags.map(escapeText).join(',')}`);
  if (person.relationship) lines.push(`X-WAYFINDER-RELATIONSHIP:${person.relationship}`);
  if (person.howMet) lines.push(`X-WAYFINDER-HOW-MET:${escapeText(person.howMet)}`);
  if (person.connectedOn) lines.push(`X-WAYFINDER-CONNECTED-ON:${person.connectedOn}`);
  if (person.source) lines.push(`X-WAYFINDER-SOURCE:${escapeText(person.source)}`);
  const rev = revision(person.updatedAt);
  if (rev) lines.push(`REV:${rev}`);
  lines.push('END:VCARD');
  return lines;
}

/** People as one vCard 4.0 file: CRLF line ends, folded at 75 octets, text escaped. */
export function peopleToVcard(people: readonly Person[]): string {
  return people
    .flatMap((person) => personLines(person).map(fold))
    .map((line) => `${line}\r\n`)
    .join('');
}
