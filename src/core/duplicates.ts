import { emailKey, linkedinProfileKey, personNameKey } from './contact-match';
import { organizationKey } from './organization';
import type { Person } from './person';
import { foldText } from './text';

export type DuplicateReason =
  | { kind: 'email'; value: string }
  | { kind: 'linkedin'; value: string }
  | { kind: 'name_at_organization'; value: string };

export type DuplicatePair = { ids: [number, number]; reasons: DuplicateReason[] };

type Candidate = Pick<Person, 'id' | 'name' | 'organization' | 'emails' | 'linkedinUrl'>;

/** Past this many people sharing one key (a team inbox), the key says nothing about identity. */
const MAX_GROUP = 8;

export function pairKey(a: number, b: number): string {
  return a < b ? `${a}:${b}` : `${b}:${a}`;
}

/**
 * Pairs of people who are probably the same person: the same e-mail, the same LinkedIn profile,
 * or the same name (accents, case and "(nicknames)" aside) at the same organization. Pairs the
 * user said are different people (`dismissed`, by pairKey) are left out.
 */
export function findDuplicatePairs(
  people: readonly Candidate[],
  dismissed: ReadonlySet<string>,
): DuplicatePair[] {
  const groups = new Map<string, { reason: DuplicateReason; ids: number[] }>();
  const add = (key: string, reason: DuplicateReason, id: number) => {
    const group = groups.get(key) ?? { reason, ids: [] };
    if (!group.ids.includes(id)) group.ids.push(id);
    groups.set(key, group);
  };
  for (const person of people) {
    for (const email of person.emails)
      add(`e:${emailKey(email)}`, { kind: 'email', value: emailKey(email) }, person.id);
    const profile = linkedinProfileKey(person.linkedinUrl);
    if (profile) add(`l:${profile}`, { kind: 'linkedin', value: person.linkedinUrl! }, person.id);
    const name = personNameKey(person.name);
    if (name && person.organization) {
      add(
        `n:${name}@${organizationKey(person.organization)}`,
        { kind: 'name_at_organization', value: `${person.name} at ${person.organization}` },
        person.id,
      );
    }
  }
  const pairs = new Map<string, DuplicatePair>();
  for (const { reason, ids } of groups.values()) {
    if (ids.length < 2 || ids.length > MAX_GROUP) continue;
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        const [a, b] = [Math.min(ids[i]!, ids[j]!), Math.max(ids[i]!, ids[j]!)];
        const key = pairKey(a, b);
        if (dismissed.has(key)) continue;
        const pair = pairs.get(key) ?? { ids: [a, b], reasons: [] };
        pair.reasons.push(reason);
        pairs.set(key, pair);
      }
    }
  }
  // Strongest evidence first: more reasons, then a shared profile or e-mail over a shared name.
  const weight = (pair: DuplicatePair) =>
    pair.reasons.length * 10 +
    (pair.reasons.some((r) => r.kind !== 'name_at_organization') ? 1 : 0);
  return [...pairs.values()].sort((x, y) => weight(y) - weight(x) || x.ids[0] - y.ids[0]);
}

/** The single-valued fields a merge lets the user pick from either person. */
export const MERGE_CHOICE_FIELDS = [
  'name',
  'organization',
  'title',
  'location',
  'linkedinUrl',
  'relationship',
  'introducedById',
  'howMet',
  'connectedOn',
] as const;
export type MergeChoiceField = (typeof MERGE_CHOICE_FIELDS)[number];
export type MergeChoices = Partial<Record<MergeChoiceField, 'keep' | 'other'>>;

export type MergedFields = Pick<Person, MergeChoiceField | 'emails' | 'phones' | 'tags' | 'notes'>;

/**
 * What the kept person looks like after taking in `other`: each single field from the side the
 * user chose (by default the kept one, or the other's when the kept one is empty); every e-mail,
 * phone and tag of both; both notes, one after the other.
 */
export function mergeFields(keep: Person, other: Person, choices: MergeChoices): MergedFields {
  const pick = <F extends MergeChoiceField>(field: F): Person[F] => {
    const choice = choices[field] ?? (keep[field] === null ? 'other' : 'keep');
    return choice === 'other' ? other[field] : keep[field];
  };
  const fields = Object.fromEntries(
    MERGE_CHOICE_FIELDS.map((field) => [field, pick(field)]),
  ) as Pick<Person, MergeChoiceField>;
  if (fields.introducedById === keep.id || fields.introducedById === other.id)
    fields.introducedById = null;
  return {
    ...fields,
    emails: unionFolded(keep.emails, other.emails),
    phones: unionFolded(keep.phones, other.phones),
    tags: unionFolded(keep.tags, other.tags),
    notes:
      [keep.notes, other.notes]
        .filter((note, index, all) => note && all.indexOf(note) === index)
        .join('\n\n') || null,
  };
}

function unionFolded(a: readonly string[], b: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...a, ...b].filter((value) => {
    const key = foldText(value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
