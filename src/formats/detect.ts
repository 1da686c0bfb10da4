import { AppError } from '#core/errors';
import { MAX_IMPORT_BYTES, type ImportFormat } from '#core/import-plan';
import { detectCsvFormat } from './csv-import';
import { decodeContactBytes } from './encoding';

export function checkSize(bytes: Uint8Array): void {
  if (bytes.length > MAX_IMPORT_BYTES) {
    const megabytes = (bytes.length / 1024 / 1024).toFixed(0);
    throw new AppError(
      'too_large',
      `This file is ${megabytes} MB; Wayfinder imports contact files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB (a full LinkedIn export of 30,000 connections is about 3 MB). Check that you picked the contacts export, or split the file.`,
    );
  }
}

/** What the text is, judged from its first lines; CSV detection is left to the caller. */
export function textKind(text: string, fileName?: string): 'vcard' | 'csv' {
  const head = text.slice(0, 4096).trimStart().toUpperCase();
  if (head.startsWith('BEGIN:VCALENDAR')) {
    throw new AppError(
      'invalid_input',
      'This is a calendar file (iCalendar), not contacts. Export your contacts as CSV or vCard (.vcf) and import that.',
    );
  }
  if (head.startsWith('BEGIN:VCARD') || /^BEGIN:VCARD/m.test(head)) return 'vcard';
  if (/\.(vcf|vcard)$/i.test(fileName ?? '') && !head.includes(',')) return 'vcard';
  return 'csv';
}

const UNKNOWN_CSV =
  "This looks like a spreadsheet CSV, but its header has none of the columns Wayfinder knows (Name, First Name, E-mail …). Export your contacts from LinkedIn, Google, Outlook or Thunderbird, or use Wayfinder's own CSV layout (a header row with name, organization, title, emails …).";

/**
 * Which contacts format these bytes are, from their content (the file name only breaks ties).
 * Throws AppError('invalid_input') saying what the file seems to be and what to pick instead.
 */
export function detectFormat(bytes: Uint8Array, fileName?: string): ImportFormat {
  checkSize(bytes);
  const { text } = decodeContactBytes(bytes);
  if (text.trim() === '') {
    throw new AppError(
      'invalid_input',
      'This file is empty. Pick the exported contacts file itself (CSV or vCard).',
    );
  }
  if (textKind(text, fileName) === 'vcard') return 'vcard';
  const format = detectCsvFormat(text);
  if (!format) throw new AppError('invalid_input', UNKNOWN_CSV);
  return format;
}
