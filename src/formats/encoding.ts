import { AppError } from '#core/errors';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type DecodedText = { text: string; encoding: TextEncodingName };

const TRY_AGAIN =
  'Export your contacts again as CSV (LinkedIn Connections.csv, Google, Outlook or Thunderbird) or as a vCard (.vcf) file, and import that.';

// Files people pick by mistake: the message names what we think it is and what to do instead.
const MAGIC: { bytes: number[]; what: string; hint?: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'a ZIP archive (or an Excel .xlsx workbook, which is one)',
    hint: 'If it is your LinkedIn data download, unzip it and import Connections.csv from inside; if it is a spreadsheet, save it as CSV first.',
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    what: 'an Excel (.xls) or other Office document',
    hint: 'Save the sheet as CSV (UTF-8) and import that.',
  },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x1f, 0x8b], what: 'a gzip-compressed file', hint: 'Decompress it first.' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], what: 'an SQLite database' },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.length <= bytes.length && prefix.every((byte, index) => bytes[index] === byte);
}

function binaryError(what: string, hint = TRY_AGAIN): AppError {
  return new AppError('invalid_input', `This file is ${what}, not a contacts file. ${hint}`);
}

/** UTF-16 without a byte-order mark shows as a NUL in every other byte of ASCII text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 2000);
  if (sample < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let index = 0; index < sample; index += 2) {
    if (bytes[index] === 0) evenNul++;
    if (bytes[index + 1] === 0) oddNul++;
  }
  const pairs = sample / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.1) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.1) return 'utf-16be';
  return null;
}

function detectEncoding(bytes: Uint8Array): { encoding: TextEncodingName; skip: number } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', skip: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', skip: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', skip: 2 };
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { encoding: utf16, skip: 0 };
  return { encoding: 'utf-8', skip: 0 };
}

/**
 * Decodes a contacts file: UTF-8 (with or without BOM), UTF-16 (BOM, or sniffed by its NUL
 * pattern), else Windows-1252, which older Excel and Outlook write. Refuses binary files with
 * a message that says what the file seems to be.
 */
export function decodeContactBytes(bytes: Uint8Array): DecodedText {
  const magic = MAGIC.find((entry) => startsWith(bytes, entry.bytes));
  if (magic) throw binaryError(magic.what, magic.hint);
  const { encoding, skip } = detectEncoding(bytes);
  const body = bytes.subarray(skip);
  let text: string;
  let used: TextEncodingName = encoding;
  if (encoding === 'utf-8') {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      // Not UTF-8: Windows-1252 maps every byte to some character, so this cannot fail.
      used = 'windows-1252';
      text = new TextDecoder('windows-1252').decode(body);
    }
  } else {
    text = new TextDecoder(encoding).decode(body);
  }
  if (isBinaryText(text)) throw binaryError('binary data (it holds bytes no text file has)');
  return { text, encoding: used };
}

/** NUL or many other control characters mean the bytes are not text in any encoding we read. */
function isBinaryText(text: string): boolean {
  const length = Math.min(text.length, 65536);
  let controls = 0;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0) return true;
    // Tab, line feed, carriage return and form feed are normal in text; ESC is left out as well.
    if (
      (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12 && code !== 27) ||
      code === 127
    ) {
      controls++;
    }
  }
  return controls > 8 && controls > length * 0.01;
}
