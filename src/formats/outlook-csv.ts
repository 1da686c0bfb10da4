import type { ContactDraft } from './contact';
import type { Columns } from './csv-read';

/** Outlook's "Comma Separated Values" export; its `Title` column is the honorific (Mr., Dr.). */
export function isOutlookHeader(keys: Set<string>): boolean {
  return keys.has('e-mail address') || (keys.has('job title') && keys.has('business phone'));
}

const PHONES = [
  'primary phone',
  'mobile phone',
  'business phone',
  'business phone 2',
  'home phone',
  'home phone 2',
  'company main phone',
  'other phone',
];

export function outlookDraft(fields: string[], columns: Columns): ContactDraft {
  const city = columns.get(fields, 'business city', 'home city', 'other city');
  const country = columns.get(
    fields,
    'business country/region',
    'home country/region',
    'business country',
  );
  return {
    // "Title" is deliberately not read into the name: cleaned names without "Mr." match better.
    nameParts: [
      columns.get(fields, 'first name'),
      columns.get(fields, 'middle name'),
      columns.get(fields, 'last name'),
      columns.get(fields, 'suffix'),
    ],
    name: columns.get(fields, 'name', 'display name'),
    emails: ['e-mail address', 'e-mail 2 address', 'e-mail 3 address'].map((key) =>
      columns.get(fields, key),
    ),
    phones: PHONES.map((key) => columns.get(fields, key)),
    urls: [columns.get(fields, 'web page'), columns.get(fields, 'personal web page')],
    organization: columns.get(fields, 'company'),
    title: columns.get(fields, 'job title'),
    location: [city, country].filter(Boolean).join(', ') || columns.get(fields, 'location'),
    notes: columns.get(fields, 'notes'),
    // Outlook separates categories with `;` (older versions with `,`).
    tags: (columns.get(fields, 'categories') ?? '').split(/[;,]/),
  };
}
