import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { AppError } from '#core/errors';
import { IMPORT_FORMATS, type ImportFormat } from '#core/import-plan';
import { parseContacts } from './import';

const REAL = path.resolve(import.meta.dirname, '../../../shared/fixtures/real');
const FIXTURES = ['linkedin', 'google-csv', 'thunderbird-csv', 'vcard'].flatMap((dir) =>
  readdirSync(path.join(REAL, dir)).map(
    (name) => new Uint8Array(readFileSync(path.join(REAL, dir, name))),
  ),
);

// Generous: a run over any input here takes milliseconds; this only catches a hang or a blow-up.
const MAX_MS_PER_RUN = 2000;

/** Parsing either succeeds with consistent counts or fails with one clear AppError. */
function checkParse(bytes: Uint8Array, format?: ImportFormat): void {
  const started = performance.now();
  try {
    const parsed = parseContacts(bytes, { format });
    expect(parsed.read).toBe(parsed.contacts.length + parsed.skipped.length);
    for (const contact of parsed.contacts) {
      expect(contact.name.trim()).not.toBe('');
      expect(contact.line).toBeGreaterThanOrEqual(1);
      for (const email of contact.emails) expect(email).toMatch(/^[^\s@]+@[^\s@]+\.[^\s@]+$/);
    }
    for (const row of parsed.skipped) expect(row.reason.length).toBeGreaterThan(5);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const appError = error as AppError;
    expect(['invalid_input', 'too_large']).toContain(appError.code);
    expect(appError.message.length).toBeGreaterThan(30);
    expect(appError.message).not.toMatch(/\n\s+at |TypeError|undefined|\[object/);
    // parseContacts wraps an unexpected exception (a bug of ours) with its cause: none may occur.
    expect((appError.details as { cause?: unknown } | undefined)?.cause).toBeUndefined();
  }
  expect(performance.now() - started).toBeLessThan(MAX_MS_PER_RUN);
}

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate-line'; at: number };

function mutate(bytes: Uint8Array, mutations: Mutation[]): Uint8Array {
  let current = bytes;
  for (const mutation of mutations) {
    const at = current.length === 0 ? 0 : mutation.at % current.length;
    if (mutation.kind === 'truncate') current = current.slice(0, at);
    else if (mutation.kind === 'flip') {
      current = current.slice();
      if (current.length > 0) current[at] = mutation.byte;
    } else if (mutation.kind === 'insert') {
      const text = new TextEncoder().encode(mutation.text);
      current = Uint8Array.from([...current.subarray(0, at), ...text, ...current.subarray(at)]);
    } else {
      const start = current.lastIndexOf(10, at) + 1;
      const end = current.indexOf(10, at);
      const line = current.subarray(start, end === -1 ? current.length : end + 1);
      current = Uint8Array.from([
        ...current.subarray(0, start),
        ...line,
        ...line,
        ...current.subarray(start + line.length),
      ]);
    }
  }
  return current;
}

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    byte: fc.integer({ min: 0, max: 255 }),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom(
      '"',
      '\n',
      '\r',
      ',',
      '""',
      '\r\r\n',
      '=',
      '\\',
      'BEGIN:VCARD\n',
      'END:VCARD\n',
      ';',
      '\u0000',
    ),
  }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
);

describe('any input gives contacts or one clear error, quickly', () => {
  test('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => checkParse(bytes)),
      { numRuns: 300 },
    );
  });

  test('random text made of CSV and vCard punctuation', () => {
    const alphabet = fc.constantFrom(
      ...'ab,;:"\r\n =\\é🔸'.split(''),
      'BEGIN:VCARD',
      'END:VCARD',
      'First Name',
      'Connected On',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 400 }), (parts) =>
        checkParse(new TextEncoder().encode(parts.join(''))),
      ),
      { numRuns: 300 },
    );
  });

  test('mutated real fixtures, detected or forced into any format', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: FIXTURES.length - 1 }),
        fc.array(mutationArbitrary, { minLength: 1, maxLength: 5 }),
        fc.option(fc.constantFrom(...IMPORT_FORMATS), { nil: undefined }),
        (index, mutations, format) => checkParse(mutate(FIXTURES[index]!, mutations), format),
      ),
      { numRuns: 400 },
    );
  });
});
