import type { Relationship } from '#core/person';

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

/** One person read from an outside file, cleaned but not yet matched against the network. */
export type ImportedContact = {
  /** 1-based line of the file where this record starts. */
  line: number;
  /** Display name, whitespace collapsed; never empty (falls back to the first e-mail). */
  name: string;
  organization: string | null;
  title: string | null;
  /** Valid-looking addresses only, primary first, deduplicated case-insensitively. */
  emails: string[];
  phones: string[];
  /** Absolute https URL when present. */
  linkedinUrl: string | null;
  location: string | null;
  notes: string | null;
  tags: string[];
  /** 'linkedin' for LinkedIn connections; otherwise only what the file itself says. */
  relationship: Relationship | null;
  /** 'YYYY-MM-DD' when the connection began (LinkedIn "Connected On"). */
  connectedAt: string | null;
  /** Only Wayfinder's own exports (CSV and vCard) carry these. */
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

/** Larger inputs are refused before parsing; a full 30,000-row LinkedIn export is about 3 MB. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

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
  connectedAt?: string | null;
  howMet?: string | null;
  source?: string | null;
};
