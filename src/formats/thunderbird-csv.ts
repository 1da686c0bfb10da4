import type { ContactDraft } from './contact';
import type { Columns } from './csv-read';

/** Thunderbird's address-book CSV (its header ends with a comma: one unnamed extra column). */
export function isThunderbirdHeader(keys: Set<string>): boolean {
  return keys.has('primary email') || (keys.has('display name') && keys.has('secondary email'));
}

export function thunderbirdDraft(fields: string[], columns: Columns): ContactDraft {
  const city = columns.get(fields, 'work city', 'home city');
  const country = columns.get(fields, 'work country', 'home country');
  return {
    name: columns.get(fields, 'display name'),
    nameParts: [columns.get(fields, 'first name'), columns.get(fields, 'last name')],
    emails: [columns.get(fields, 'primary email'), columns.get(fields, 'secondary email')],
    phones: ['mobile number', 'work phone', 'home phone'].map((key) => columns.get(fields, key)),
    urls: [columns.get(fields, 'web page 1'), columns.get(fields, 'web page 2')],
    organization: columns.get(fields, 'organization'),
    title: columns.get(fields, 'job title'),
    location: [city, country].filter(Boolean).join(', ') || null,
    notes: columns.get(fields, 'notes'),
  };
}
