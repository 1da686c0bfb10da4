import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { AppError } from '#core/errors';
import { MAX_IMPORT_BYTES } from '#core/import-plan';
import { decodeContactBytes } from './encoding';
import { detectFormat, parseContacts } from './import';

const REAL = path.resolve(import.meta.dirname, '../../../shared/fixtures/real');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(REAL, name)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const LINKEDIN =
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nJosé,Núñez,,jose@example.com,Café Ltd,Barista,01 Feb 2024\r\n';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = [...(bom ? '\uFEFF' : ''), ...text].join('');
  const out = new Uint8Array(units.length * 2);
  const view = new DataView(out.buffer);
  for (let index = 0; index < units.length; index++)
    view.setUint16(index * 2, units.charCodeAt(index), littleEndian);
  return out;
}

function thrown(action: () => unknown): AppError {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('encodings', () => {
  test.each([
    ['UTF-8 with BOM', utf8(`\uFEFF${LINKEDIN}`)],
    ['UTF-16 LE with BOM', utf16(LINKEDIN, true, true)],
    ['UTF-16 BE with BOM', utf16(LINKEDIN, false, true)],
    ['UTF-16 LE without BOM', utf16(LINKEDIN, true, false)],
    [
      'Windows-1252',
      Uint8Array.from(
        [...LINKEDIN].map((char) => ({ é: 0xe9, ú: 0xfa, ñ: 0xf1 })[char] ?? char.charCodeAt(0)),
      ),
    ],
  ])('reads %s', (_label, bytes) => {
    const parsed = parseContacts(bytes);
    expect(parsed.contacts[0]).toMatchObject({
      line: 2,
      name: 'José Núñez',
      organization: 'Café Ltd',
      emails: ['jose@example.com'],
      connectedOn: '2024-02-01',
    });
  });

  test('says which encoding it used', () => {
    expect(decodeContactBytes(utf16('a,b', true, false)).encoding).toBe('utf-16le');
    expect(decodeContactBytes(Uint8Array.from([0x61, 0xe9])).encoding).toBe('windows-1252');
  });
});

describe('files that are not contacts', () => {
  test.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], /PNG image/],
    [
      'ZIP',
      [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0],
      /ZIP archive.*unzip it and import Connections\.csv/,
    ],
    ['other binary', [0x01, 0x02, 0x00, 0x61, 0x00, 0x00, 0x7f, 0x03, 0x04], /binary data/],
  ])('refuses a %s file with one clear message', (_label, bytes, message) => {
    const error = thrown(() => parseContacts(Uint8Array.from(bytes)));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(message);
    expect(() => detectFormat(Uint8Array.from(bytes))).toThrow(message);
  });

  test('refuses an oversized file before reading it', () => {
    const error = thrown(() => parseContacts(new Uint8Array(MAX_IMPORT_BYTES + 1)));
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/up to 20 MB/);
  });

  test('refuses an empty file', () => {
    expect(() => parseContacts(new Uint8Array(0))).toThrow(/empty/);
    expect(() => parseContacts(utf8('\n\n  \n'))).toThrow(/empty/);
  });

  test('a header without rows is one clear error, not an empty success', () => {
    expect(() =>
      parseContacts(utf8('First Name,Last Name,URL,Email Address,Company,Position,Connected On\n')),
    ).toThrow(/No contacts could be read.*header but no rows/);
  });
});

describe('truncated files', () => {
  test('a CSV cut inside a quoted field keeps the rows before it and reports the rest with its line', () => {
    const whole = new TextDecoder().decode(
      fixture('linkedin/Connections_2024-10_notes-preamble.csv'),
    );
    const cut = whole.slice(0, whole.indexOf('"Reinsurance Group of America') + 12);
    const parsed = parseContacts(utf8(cut));
    expect(parsed.contacts).toHaveLength(15);
    expect(parsed.contacts.at(-1)?.name).toBe('Alana Horowitz Fein🔸');
    expect(parsed.skipped).toEqual([
      { line: 20, reason: expect.stringMatching(/never ends.*cut short/) },
    ]);
    expect(parsed.read).toBe(16);
  });

  test('a vCard file cut mid-card keeps the complete cards', () => {
    const whole = new TextDecoder().decode(fixture('vcard/ez-vcard_John_Doe_ANDROID.vcf'));
    const cut = whole.slice(0, whole.indexOf('PHOTO;'));
    const parsed = parseContacts(utf8(cut));
    expect(parsed.contacts.map((contact) => contact.line)).toEqual([1, 6, 11, 18]);
    expect(parsed.skipped).toEqual([
      { line: 36, reason: expect.stringMatching(/ends inside this card/) },
    ]);
  });

  test('a stray quote in one row does not swallow the rows after it', () => {
    const text = `${LINKEDIN}Ana,"Silva" Jr,,ana@example.com,Acme,CEO,02 Feb 2024\r\nBo,Li,,bo@example.com,Initech,CTO,03 Feb 2024\r\n`;
    const parsed = parseContacts(utf8(text));
    expect(parsed.contacts.map((contact) => contact.name)).toEqual([
      'José Núñez',
      'Ana "Silva" Jr',
      'Bo Li',
    ]);
    expect(parsed.contacts.map((contact) => contact.line)).toEqual([2, 3, 4]);
  });
});
