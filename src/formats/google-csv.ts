import type { Relationship } from '#core/person';
import type { ContactDraft } from './contact';
import type { Columns } from './csv-read';

/** Both generations: the old one (`Given Name`, `Group Membership`) and today's (`Labels`). */
export function isGoogleHeader(keys: Set<string>): boolean {
  return (
    keys.has('e-mail 1 - value') ||
    keys.has('group membership') ||
    (keys.has('given name') && keys.has('family name')) ||
    (keys.has('first name') && keys.has('labels'))
  );
}

// Google joins several values in one cell with ` ::: `.
const splitMulti = (value: string | undefined) =>
  (value ?? '')
    .split(' ::: ')
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * Values of the numbered columns (`E-mail 1 - Value`, `E-mail 2 - Value`, …). A type or label
 * starting with `* ` marks the primary one, which goes first.
 */
function numbered(fields: string[], columns: Columns, kind: string): string[] {
  const primary: string[] = [];
  const others: string[] = [];
  for (let index = 1; index <= 20 && columns.has(`${kind} ${index} - value`); index++) {
    const label = columns.get(fields, `${kind} ${index} - type`, `${kind} ${index} - label`) ?? '';
    (label.startsWith('* ') ? primary : others).push(
      ...splitMulti(columns.get(fields, `${kind} ${index} - value`)),
    );
  }
  return [...primary, ...others];
}

// Google's own groups; the ones that say how the user knows someone set the relationship.
const SYSTEM_GROUPS: Record<string, Relationship | null> = {
  'my contacts': null,
  mycontacts: null,
  starred: null,
  friends: 'friend',
  family: 'family',
  coworkers: 'coworker',
};

function groups(value: string | undefined): { tags: string[]; relationship: Relationship | null } {
  const tags: string[] = [];
  let relationship: Relationship | null = null;
  for (const group of splitMulti(value)) {
    const system = group.startsWith('* ') ? group.slice(2).trim().toLowerCase() : null;
    if (system === null) tags.push(group);
    else relationship ??= SYSTEM_GROUPS[system] ?? null;
  }
  return { tags, relationship };
}

export function googleDraft(fields: string[], columns: Columns): ContactDraft {
  const { tags, relationship } = groups(columns.get(fields, 'labels', 'group membership'));
  const city = columns.get(fields, 'address 1 - city');
  const country = columns.get(fields, 'address 1 - country');
  return {
    name: columns.get(fields, 'name'),
    nameParts: [
      columns.get(fields, 'first name', 'given name'),
      columns.get(fields, 'middle name', 'additional name'),
      columns.get(fields, 'last name', 'family name'),
      columns.get(fields, 'name suffix'),
    ],
    emails: numbered(fields, columns, 'e-mail'),
    phones: numbered(fields, columns, 'phone'),
    urls: numbered(fields, columns, 'website'),
    organization: columns.get(fields, 'organization name', 'organization 1 - name'),
    title: columns.get(fields, 'organization title', 'organization 1 - title'),
    location: [city, country].filter(Boolean).join(', ') || columns.get(fields, 'location'),
    notes: columns.get(fields, 'notes'),
    tags,
    relationship,
  };
}
