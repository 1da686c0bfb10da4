import { parse, type CsvError } from 'csv-parse/sync';
import Papa from 'papaparse';
import type { SkippedRow } from './contact';

/** One CSV record with the 1-based line it starts on. */
export type CsvRecord = { line: number; fields: string[] };
export type CsvRead = { records: CsvRecord[]; problems: SkippedRow[] };

// One record may not exceed this; past it csv-parse reports an error instead of buffering on
// (e.g. an opening quote that never closes in a large file).
const MAX_RECORD_BYTES = 1024 * 1024;

function lineBreaks(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (char === 10) count++;
    else if (char === 13 && text.charCodeAt(index + 1) !== 10) count++;
  }
  return count;
}

function isBlank(fields: string[]): boolean {
  return fields.every((field) => field.trim() === '');
}

/** Each record spans one line plus the line breaks inside its quoted fields. */
function numberRows(rows: string[][], failures: Failure[] = []): CsvRead {
  const records: CsvRecord[] = [];
  const problems: SkippedRow[] = [];
  let line = 1;
  let next = 0;
  const reportFailuresBefore = (index: number) => {
    for (; next < failures.length && failures[next]!.before <= index; next++) {
      const failure = failures[next]!;
      problems.push({ line, reason: failure.reason });
      line = Math.max(line, failure.reached + 1);
    }
  };
  rows.forEach((fields, index) => {
    reportFailuresBefore(index);
    if (!isBlank(fields)) records.push({ line, fields });
    line += 1;
    for (const field of fields)
      if (field.includes('\n') || field.includes('\r')) line += lineBreaks(field);
  });
  reportFailuresBefore(Number.MAX_SAFE_INTEGER);
  return { records, problems };
}

/** Records csv-parse gave up on: how many good records came before, the line it reached, why. */
type Failure = { before: number; reached: number; reason: string };

/**
 * The fast path. csv-parse slows down about eightfold once a file holds any non-ASCII character
 * (about 1.3 s instead of 0.15 s for 30,000 LinkedIn rows), and real exports are full of them;
 * Papa Parse reads the same in a few tens of milliseconds. It is less forgiving of broken quoting
 * (a stray quote swallows the rest of the file) and of mixed line endings, so it only handles
 * files with one line-ending style that it reads without a single error.
 */
function readWellFormed(text: string): CsvRead | null {
  if (text.includes('\r') && /\r(?!\n)|(?<!\r)\n/.test(text)) return null;
  const result = Papa.parse<string[]>(text, {
    delimiter: ',',
    quoteChar: '"',
    skipEmptyLines: false,
  });
  return result.errors.length === 0 ? numberRows(result.data) : null;
}

/**
 * The careful path, csv-parse: quotes in the middle of a field are taken literally, rows may
 * have any number of fields, any line ending counts, and a record it cannot read (typically a
 * quoted field cut off by a truncated file) becomes a problem with its line.
 */
function readForgiving(text: string, ltrim: boolean): CsvRead {
  const failures: Failure[] = [];
  const fail = (error: CsvError | undefined, before: number): undefined => {
    failures.push({ before, reached: Number(error?.lines ?? 0), reason: describeCsvError(error) });
  };
  let rows: string[][] = [];
  try {
    rows = parse(text, {
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_records_with_error: true,
      // Blank lines stay records so that numberRows can count lines; CR CR LF reads as two.
      record_delimiter: ['\r\n', '\n', '\r'],
      ltrim,
      max_record_size: MAX_RECORD_BYTES,
      on_skip: (error: CsvError | undefined) => fail(error, Number(error?.records ?? 0)),
    });
  } catch (error) {
    fail(error as CsvError, Number.MAX_SAFE_INTEGER);
  }
  return numberRows(rows, failures);
}

/**
 * Reads every record of a CSV with the line it starts on. Rows with no value at all (blank
 * lines, Excel's `,,` padding) are dropped: they hold nothing that could be lost.
 */
export function readCsv(text: string, options: { ltrim?: boolean } = {}): CsvRead {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return (!options.ltrim && readWellFormed(body)) || readForgiving(body, options.ltrim ?? false);
}

function describeCsvError(error: CsvError | undefined): string {
  switch (error?.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted value starts here and never ends, so the rest of the file could not be read (was the file cut short?)';
    case 'CSV_MAX_RECORD_SIZE':
      return 'this row is larger than 1 MB, which no contact is; probably a quote that never closes';
    default:
      return 'this row could not be read as CSV';
  }
}

/**
 * Excel under a `;`-separator locale sometimes writes a row that contained quotes as ONE quoted
 * field holding the whole comma-separated row with its quotes doubled. csv-parse then returns a
 * single field; parse that field again as the row it really is.
 */
export function unwrapRow(record: CsvRecord): CsvRecord {
  const [only] = record.fields;
  if (record.fields.length !== 1 || only === undefined || !only.includes(',')) return record;
  // ltrim: Excel leaves a space before the inner quotes (`, "Digital Products, …"`).
  const inner = readCsv(only, { ltrim: true });
  const [first] = inner.records;
  if (inner.records.length !== 1 || !first || first.fields.length < 2) return record;
  return { line: record.line, fields: first.fields };
}

/** Reads cells of a record by header name (case- and space-insensitive). */
export type Columns = {
  /** The first non-empty, trimmed value among the named columns. */
  get(fields: string[], ...names: string[]): string | undefined;
  has(name: string): boolean;
  indexOf(name: string): number | undefined;
};

export function headerKey(cell: string): string {
  return cell.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function columnsOf(header: string[]): Columns {
  const index = new Map<string, number>();
  header.forEach((cell, position) => {
    const key = headerKey(cell);
    if (key && !index.has(key)) index.set(key, position);
  });
  return {
    get(fields, ...names) {
      for (const name of names) {
        const position = index.get(name);
        const value = position === undefined ? undefined : fields[position]?.trim();
        if (value) return value;
      }
      return undefined;
    },
    has: (name) => index.has(name),
    indexOf: (name) => index.get(name),
  };
}
