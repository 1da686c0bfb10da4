import type { ContactDraft } from './contact';
import type { Columns } from './csv-read';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null; // 31 Feb and the like
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// LinkedIn was founded in 2003, so a two-digit year is always this century.
const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));
const monthOf = (text: string) => MONTHS.indexOf(text.slice(0, 3).toLowerCase()) + 1;

/**
 * "Connected On" in every spelling LinkedIn and spreadsheets have used: `09 Oct 2024`,
 * `23-Nov-21` (Excel), `1/8/18, 6:14 PM` (2018, US month/day order), `2024-10-09`.
 */
export function parseConnectedOn(value: string | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  let match = /^(\d{1,2})[\s-]([A-Za-z]{3,9})[\s-](\d{2}|\d{4})$/.exec(text);
  if (match) return isoDate(fullYear(match[3]!), monthOf(match[2]!), Number(match[1]));
  match = /^([A-Za-z]{3,9}) (\d{1,2}),? (\d{4})$/.exec(text);
  if (match) return isoDate(Number(match[3]), monthOf(match[1]!), Number(match[2]));
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(,? .*)?$/.exec(text);
  if (match) return isoDate(fullYear(match[3]!), Number(match[1]), Number(match[2]));
  match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (match) return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  return null;
}

/** Connections.csv of any year: it always has "Connected On", or at least names and a position. */
export function isLinkedinHeader(keys: Set<string>): boolean {
  return (
    keys.has('connected on') ||
    (keys.has('first name') &&
      keys.has('last name') &&
      keys.has('position') &&
      !keys.has('e-mail address'))
  );
}

/** Invitations.csv from the same LinkedIn download: people invited, not connections. */
export function isLinkedinInvitationsHeader(keys: Set<string>): boolean {
  return keys.has('from') && keys.has('to') && (keys.has('sent at') || keys.has('direction'));
}

/** Whether this header names anyone; Excel users sometimes delete the name columns. */
export function linkedinHeaderHasPeople(keys: Set<string>): boolean {
  return ['first name', 'last name', 'url', 'email address', 'e-mail address'].some((key) =>
    keys.has(key),
  );
}

/** The column layouts of exports that lost their header: 6 columns before 2022, 7 after. */
export const LINKEDIN_LEGACY_HEADER = [
  'First Name',
  'Last Name',
  'Email Address',
  'Company',
  'Position',
  'Connected On',
];
export const LINKEDIN_CURRENT_HEADER = [
  'First Name',
  'Last Name',
  'URL',
  'Email Address',
  'Company',
  'Position',
  'Connected On',
];

/**
 * Guesses the layout of a headerless export from its rows' shape: mostly 6 or 7 fields ending
 * in a date LinkedIn writes. Returns the header to read them with, or null if it is not that.
 */
export function inferLinkedinHeader(sample: string[][]): string[] | null {
  if (sample.length === 0) return null;
  const fits = (width: number) =>
    sample.filter(
      (fields) => fields.length === width && parseConnectedOn(fields[width - 1]) !== null,
    ).length;
  const six = fits(6);
  const seven = fits(7);
  const best = Math.max(six, seven);
  if (best < Math.max(1, Math.ceil(sample.length * 0.6))) return null;
  return seven > six ? LINKEDIN_CURRENT_HEADER : LINKEDIN_LEGACY_HEADER;
}

export function linkedinDraft(fields: string[], columns: Columns): ContactDraft {
  return {
    nameParts: [columns.get(fields, 'first name'), columns.get(fields, 'last name')],
    // The 2018 export puts an `urn:li:member:` id here when the address is hidden; the e-mail
    // clean-up drops it because it is not an address.
    emails: [columns.get(fields, 'email address', 'e-mail address')],
    urls: [columns.get(fields, 'url', 'profile url')],
    organization: columns.get(fields, 'company'),
    title: columns.get(fields, 'position'),
    relationship: 'linkedin',
    connectedOn: parseConnectedOn(columns.get(fields, 'connected on')),
  };
}

/** LinkedIn writes rows like `,,,,,,05 Feb 2024` for members who closed or hid their account. */
export const LINKEDIN_EMPTY_REASON =
  'no name, e-mail or profile URL (LinkedIn leaves such rows for members who closed or hid their account)';
