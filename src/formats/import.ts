import { AppError, isAppError } from '#core/errors';
import type { ImportFormat } from '#core/import-plan';
import type { ParsedContacts } from './contact';
import { parseCsvContacts } from './csv-import';
import { checkSize, textKind } from './detect';
import { decodeContactBytes } from './encoding';
import { parseVcardContacts } from './vcard';

export { detectFormat } from './detect';

function parseText(
  bytes: Uint8Array,
  options: { format?: ImportFormat; fileName?: string },
): ParsedContacts {
  checkSize(bytes);
  const { text } = decodeContactBytes(bytes);
  if (text.trim() === '') {
    throw new AppError(
      'invalid_input',
      'This file is empty. Pick the exported contacts file itself (CSV or vCard).',
    );
  }
  const format =
    options.format ?? (textKind(text, options.fileName) === 'vcard' ? 'vcard' : undefined);
  return format === 'vcard' ? parseVcardContacts(text) : parseCsvContacts(text, format);
}

/**
 * Reads a contacts file (LinkedIn, Google, Outlook, Thunderbird CSV, vCard, or Wayfinder's own
 * CSV) into contacts plus skipped records, each with its line. Pure: bytes in, values out.
 * Throws AppError ('invalid_input' or 'too_large') with one message saying what is wrong and
 * what to try, also when no record in the file is usable.
 */
export function parseContacts(
  bytes: Uint8Array,
  options: { format?: ImportFormat; fileName?: string } = {},
): ParsedContacts {
  let parsed: ParsedContacts;
  try {
    parsed = parseText(bytes, options);
  } catch (error) {
    if (isAppError(error)) throw error;
    // A bug of ours must still reach the user as one clear sentence, never a stack trace.
    throw new AppError(
      'invalid_input',
      'Wayfinder could not read this file. Check that it is a contacts export (CSV or vCard) and export it again.',
      { details: { cause: error instanceof Error ? error.message : String(error) } },
    );
  }
  if (parsed.contacts.length === 0) {
    const first = parsed.skipped[0];
    const why = first ? ` (line ${first.line}: ${first.reason})` : ' (it has a header but no rows)';
    throw new AppError(
      'invalid_input',
      `No contacts could be read from this file${why}. Check that it is the complete export and try exporting it again.`,
      { details: parsed },
    );
  }
  return parsed;
}
