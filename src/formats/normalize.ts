import { PersonInputSchema, RELATIONSHIPS, type Relationship } from '#core/person';
import { cleanLine, foldText } from '#core/text';
import type { ContactDraft, ImportedContact, SkippedRow } from './contact';

// The same schemas the People API validates with, so every address or number we pass on is one
// the import service can store; anything else is dropped here rather than failing the import.
const emailList = PersonInputSchema.shape.emails;
const phoneList = PersonInputSchema.shape.phones;
const roughEmail = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

// Limits of the People API (src/core/person.ts); longer values are cut, not refused.
const LIMITS = { name: 200, line: 200, howMet: 500, notes: 20000, tag: 40, tags: 30, list: 20 };

function clip(text: string | null | undefined, max: number): string | null {
  const cleaned = cleanLine(text);
  return cleaned ? cleaned.slice(0, max).trim() : null;
}

/** Exports fill empty cells with "-", "n/a" or "--"; such a value names no organization or title. */
function clipMeaningful(text: string | null | undefined, max: number): string | null {
  const clipped = clip(text, max);
  return clipped && /[\p{L}\p{N}]/u.test(clipped) && !/^n\/?a$/i.test(clipped) ? clipped : null;
}

/** Valid addresses only (drops LinkedIn's `urn:li:member:` ids and the like), deduplicated by case. */
export function cleanEmails(values: readonly (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of values) {
    const email = raw?.trim().replace(/^mailto:/i, '');
    if (!email || !roughEmail.test(email) || !emailList.safeParse([email]).success) continue;
    const key = email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(email);
    if (result.length === LIMITS.list) break;
  }
  return result;
}

export function cleanPhones(values: readonly (string | null | undefined)[]): string[] {
  const result: string[] = [];
  for (const raw of values) {
    // vCard 4.0 writes numbers as tel: URIs, e.g. tel:+1-418-656-9254;ext=102.
    // Only line breaks and tabs are flattened, so numbers read back from our own export match.
    const phone = raw
      ?.replace(/^tel:/i, '')
      .replace(/;ext=/i, ' x')
      .replace(/[\r\n\t]+/g, ' ')
      .trim();
    if (!phone || result.includes(phone) || !phoneList.safeParse([phone]).success) continue;
    result.push(phone);
    if (result.length === LIMITS.list) break;
  }
  return result;
}

/** An absolute https LinkedIn URL (non-ASCII slugs percent-encoded, no query), or null. */
export function cleanLinkedinUrl(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text || !/linkedin\.com/i.test(text)) return null;
  // Fast path for what LinkedIn itself writes (30,000 of these in a full export).
  if (text.length <= 300 && /^https:\/\/www\.linkedin\.com\/in\/[A-Za-z0-9%_-]+$/.test(text))
    return text;
  try {
    const url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
    if (!/(^|\.)linkedin\.com$/i.test(url.hostname)) return null;
    const path = url.pathname.replace(/\/+$/, '');
    const result = `https://www.linkedin.com${path}`;
    return result.length <= 300 ? result : null;
  } catch {
    return null;
  }
}

export function toRelationship(value: string | null | undefined): Relationship | null {
  const folded = value?.trim().toLowerCase();
  return RELATIONSHIPS.find((relationship) => relationship === folded) ?? null;
}

// Kept as written (like the People API does), so notes survive a round trip byte for byte.
function cleanNotes(text: string | null | undefined): string | null {
  return text?.trim() ? text.slice(0, LIMITS.notes) : null;
}

function cleanTags(values: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of values ?? []) {
    const tag = clip(raw, LIMITS.tag);
    if (!tag || seen.has(foldText(tag))) continue;
    seen.add(foldText(tag));
    tags.push(tag);
    if (tags.length === LIMITS.tags) break;
  }
  return tags;
}

/**
 * Turns a draft into a contact, or into a skipped row when it names no one: a record needs a
 * name or at least an e-mail address (which then stands in for the name).
 */
export function finishContact(
  line: number,
  draft: ContactDraft,
  emptyReason = 'no name or e-mail address',
): ImportedContact | SkippedRow {
  const emails = cleanEmails(draft.emails ?? []);
  const name =
    clip(draft.name, LIMITS.name) ??
    clip((draft.nameParts ?? []).filter(Boolean).join(' '), LIMITS.name) ??
    emails[0] ??
    null;
  if (!name) return { line, reason: emptyReason };
  let linkedinUrl: string | null = null;
  for (const url of draft.urls ?? []) {
    linkedinUrl = cleanLinkedinUrl(url);
    if (linkedinUrl) break;
  }
  const contact: ImportedContact = {
    line,
    name,
    organization: clipMeaningful(draft.organization, LIMITS.line),
    title: clipMeaningful(draft.title, LIMITS.line),
    emails,
    phones: cleanPhones(draft.phones ?? []),
    linkedinUrl,
    location: clip(draft.location, LIMITS.line),
    notes: cleanNotes(draft.notes),
    tags: cleanTags(draft.tags),
    relationship: draft.relationship ?? null,
    connectedOn: draft.connectedOn ?? null,
  };
  if (draft.howMet !== undefined) contact.howMet = clip(draft.howMet, LIMITS.howMet);
  if (draft.source !== undefined) contact.source = clip(draft.source, LIMITS.line);
  return contact;
}

export function isSkipped(value: ImportedContact | SkippedRow): value is SkippedRow {
  return 'reason' in value;
}
