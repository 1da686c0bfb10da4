import { AppError } from '#core/errors';
import type { ImportFormat } from '#core/import-plan';
import type { ContactDraft, ImportedContact, ParsedContacts, SkippedRow } from './contact';
import { columnsOf, headerKey, readCsv, unwrapRow, type Columns, type CsvRecord } from './csv-read';
import { googleDraft, isGoogleHeader } from './google-csv';
import {
  LINKEDIN_EMPTY_REASON,
  inferLinkedinHeader,
  isLinkedinHeader,
  isLinkedinInvitationsHeader,
  linkedinDraft,
  linkedinHeaderHasPeople,
} from './linkedin';
import { finishContact, isSkipped } from './normalize';
import { isOutlookHeader, outlookDraft } from './outlook-csv';
import { isThunderbirdHeader, thunderbirdDraft } from './thunderbird-csv';
import { isWayfinderHeader, wayfinderDraft } from './wayfinder-csv';

export type CsvFormat = Exclude<ImportFormat, 'vcard'>;

type CsvLayout = {
  format: CsvFormat;
  matches: (keys: Set<string>) => boolean;
  draft: (fields: string[], columns: Columns) => ContactDraft;
  emptyReason?: string;
};

// Order matters: the more specific headers first (Outlook and Thunderbird also have "First Name").
const LAYOUTS: CsvLayout[] = [
  {
    format: 'linkedin',
    matches: isLinkedinHeader,
    draft: linkedinDraft,
    emptyReason: LINKEDIN_EMPTY_REASON,
  },
  { format: 'outlook', matches: isOutlookHeader, draft: outlookDraft },
  { format: 'thunderbird', matches: isThunderbirdHeader, draft: thunderbirdDraft },
  { format: 'google', matches: isGoogleHeader, draft: googleDraft },
  { format: 'wayfinder', matches: isWayfinderHeader, draft: wayfinderDraft },
];

const HEADER_SEARCH_ROWS = 20;

const NO_HEADER =
  "This looks like a spreadsheet CSV, but its header has none of the columns Wayfinder knows (Name, First Name, E-mail …). Export your contacts from LinkedIn, Google, Outlook or Thunderbird, or use Wayfinder's own CSV layout (a header row with name, organization, title, emails …).";

const INVITATIONS =
  "This is LinkedIn's Invitations.csv (invitations you sent and received), not your connections. In the same LinkedIn download, pick Connections.csv.";

const NO_PEOPLE_COLUMNS =
  'This LinkedIn Connections file has no name, e-mail or profile URL column (only Company, Position and Connected On), so there is no one to import; the columns were probably deleted in a spreadsheet. Download a fresh copy of your connections from LinkedIn (Settings → Data privacy → Get a copy of your data) and import Connections.csv unchanged.';

type Found = { layout: CsvLayout; header: string[]; start: number };

function findHeader(records: CsvRecord[], forced: CsvFormat | undefined): Found | null {
  const candidates = forced ? LAYOUTS.filter((layout) => layout.format === forced) : LAYOUTS;
  for (const [index, record] of records.slice(0, HEADER_SEARCH_ROWS).entries()) {
    const keys = new Set(record.fields.map(headerKey));
    if (isLinkedinInvitationsHeader(keys)) throw new AppError('invalid_input', INVITATIONS);
    const layout = candidates.find((candidate) => candidate.matches(keys));
    if (layout) return { layout, header: record.fields, start: index + 1 };
  }
  if (forced && forced !== 'linkedin') return null;
  // Some users delete LinkedIn's header row; the rows' shape still gives the layout away.
  const header = inferLinkedinHeader(
    records.slice(0, HEADER_SEARCH_ROWS).map((record) => unwrapRow(record).fields),
  );
  const linkedin = LAYOUTS[0]!;
  return header ? { layout: linkedin, header, start: 0 } : null;
}

/** The CSV layout of a file, judged from its first rows; null when no header is recognised. */
export function detectCsvFormat(text: string): CsvFormat | null {
  // The first 64 KB hold the header and enough rows to judge a headerless file's shape.
  const sample =
    text.length > 65536 ? text.slice(0, text.lastIndexOf('\n', 65536) + 1 || 65536) : text;
  return findHeader(readCsv(sample).records, undefined)?.layout.format ?? null;
}

/** Reads a contacts CSV of any known layout; `forced` skips detection of the layout. */
export function parseCsvContacts(text: string, forced?: CsvFormat): ParsedContacts {
  const { records, problems } = readCsv(text);
  if (records.length === 0 && problems.length === 0) {
    throw new AppError(
      'invalid_input',
      'This file is empty: it holds no rows. Pick the exported contacts file itself.',
    );
  }
  const found = findHeader(records, forced);
  if (!found) {
    const wanted = forced ? `the ${forced} layout you chose` : 'any layout Wayfinder knows';
    throw new AppError(
      'invalid_input',
      forced ? `This CSV's header does not match ${wanted}. ${NO_HEADER}` : NO_HEADER,
    );
  }
  const { layout, header, start } = found;
  const keys = new Set(header.map(headerKey));
  if (layout.format === 'linkedin' && !linkedinHeaderHasPeople(keys)) {
    throw new AppError('invalid_input', NO_PEOPLE_COLUMNS);
  }
  const columns = columnsOf(header);
  const contacts: ImportedContact[] = [];
  const skipped: SkippedRow[] = [];
  for (const record of records.slice(start)) {
    const { line, fields } = header.length > 1 ? unwrapRow(record) : record;
    const result = finishContact(line, layout.draft(fields, columns), layout.emptyReason);
    if (isSkipped(result)) skipped.push(result);
    else contacts.push(result);
  }
  const headerLine = start > 0 ? records[start - 1]!.line : 0;
  skipped.push(...problems.filter((problem) => problem.line > headerLine));
  return { format: layout.format, read: contacts.length + skipped.length, contacts, skipped };
}
