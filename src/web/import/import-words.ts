import type { ImportFormat } from '#core/import-plan';

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  linkedin: 'LinkedIn connections',
  google: 'Google Contacts CSV',
  outlook: 'Outlook CSV',
  thunderbird: 'Thunderbird CSV',
  vcard: 'vCard',
  wayfinder: 'Wayfinder export',
};

export function formatLabel(format: string): string {
  return FORMAT_LABELS[format as ImportFormat] ?? format;
}

/** "1 person", "22 people", with thousands separators for big networks. */
export function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KB'] : [bytes / 1024 / 1024, 'MB'];
  return `${Number(value.toFixed(1)).toLocaleString()} ${unit}`;
}

const FIELD_WORDS: Record<string, string> = {
  linkedinUrl: 'LinkedIn profile',
  connectedOn: 'connected on',
  howMet: 'how you met',
  emails: 'e-mails',
};

/** Field names as a sentence: "title, organization and e-mails". */
export function fieldList(fields: string[]): string {
  const words = fields.map((field) => FIELD_WORDS[field] ?? field);
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
