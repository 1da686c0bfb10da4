import type { ImportFormat, IncomingContact } from '#core/import-plan';
import type { Relationship } from '#core/person';

/**
 * One person read from an outside file, cleaned but not yet matched against the network: the
 * contact the import plan works on, plus what only Wayfinder's own exports carry.
 */
export type ImportedContact = IncomingContact & {
  howMet?: string | null;
  source?: string | null;
};

export type SkippedRow = { line: number; reason: string };

export type ParsedContacts = {
  format: ImportFormat;
  /** Records (rows or cards) read, skipped ones included: contacts.length + skipped.length. */
  read: number;
  contacts: ImportedContact[];
  skipped: SkippedRow[];
};

/**
 * What a format module extracts from one record before the shared clean-up in normalize.ts.
 * Raw strings: the clean-up trims, validates and deduplicates.
 */
export type ContactDraft = {
  name?: string | null;
  /** Used when `name` is empty. */
  nameParts?: (string | null | undefined)[];
  organization?: string | null;
  title?: string | null;
  emails?: (string | null | undefined)[];
  phones?: (string | null | undefined)[];
  /** Any web addresses; the first one on linkedin.com becomes linkedinUrl. */
  urls?: (string | null | undefined)[];
  location?: string | null;
  notes?: string | null;
  tags?: string[];
  relationship?: Relationship | null;
  connectedOn?: string | null;
  howMet?: string | null;
  source?: string | null;
};
