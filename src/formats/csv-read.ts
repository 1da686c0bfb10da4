import { parse, type CsvError, type InfoRecord } from 'csv-parse/sync';
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

/** The line a record starts on: where it ends, minus the line breaks inside its quoted fields. */
function startLine(context: InfoRecord, fields: string[]): number {
  let inside = 0;
  for (const field of fields) inside += lineBreaks(field);
  return context.lines - inside;
}

function isBlank(fields: string[]): boolean {
  return fields.every((field) => field.trim() === '');
}

/**
 * Reads every record csv-parse can make sense of, keeping line numbers. Quotes in the middle of
 * a field are taken literally and rows may have any number of fields; a record csv-parse cannot
 * read (typically a quoted field cut off by a truncated file) becomes a problem with its line
 * instead of failing the whole file. Rows with no value at all (Excel's `,,` padding) are dropped
 * like blank lines: they hold nothing that could be lost.
 */
export function readCsv(text: string, options: { ltrim?: boolean } = {}): CsvRead {
  const records: CsvRecord[] = [];
  const problems: SkippedRow[] = [];
  let lastLine = 0;
  try {
    parse(text, {
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      ltrim: options.ltrim ?? false,
      max_record_size: MAX_RECORD_BYTES,
      on_record: (record: string[], context: InfoRecord) => {
        lastLine = context.lines;
        if (!isBlank(record)) records.push({ line: startLine(context, record), fields: record });
        return null;
      },
      on_skip: (error: CsvError | undefined) => {
        problems.push({ line: lastLine + 1, reason: describeCsvError(error) });
      },
    });
  } catch (error) {
    problems.push({ line: lastLine + 1, reason: describeCsvError(error as CsvError) });
  }
  return { records, problems };
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
