import { organizationKey } from './organization';
import { foldText } from './text';

/** The canonical form of a LinkedIn profile address: "in/<slug>", or null when it is not a profile. */
export function linkedinProfileKey(url: string | null | undefined): string | null {
  if (!url) return null;
  let decoded = url.trim();
  if (decoded.includes('%')) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      // keep the raw text: a stray % is still a usable key
    }
  }
  const match = /linkedin\.com\/(in|pub)\/([^/?#\s]+)/i.exec(decoded);
  return match ? `in/${foldText(match[2]!)}` : null;
}

export function emailKey(email: string): string {
  return email.trim().toLowerCase();
}

/** A name as people recognise it: case, accents, extra spaces and "(nickname)" parts do not matter. */
export function personNameKey(name: string): string {
  const folded = foldText(name.includes('(') ? name.replace(/\([^)]*\)/g, ' ') : name);
  // Plain ASCII letters and spaces (most names) need no Unicode-aware clean-up.
  if (/^[a-z0-9]+( [a-z0-9]+)*$/.test(folded)) return folded;
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** What can tell that two records are the same person. */
export type MatchKeys = {
  linkedin: string | null;
  emails: string[];
  /**
   * The name at the organization, and the name with the day the connection began (stable across
   * exports even when someone changes jobs). Computed on first use: most imports never need them.
   */
  names: () => string[];
};

export function matchKeysOf(
  person: {
    name: string;
    organization: string | null;
    emails: readonly string[];
    linkedinUrl: string | null;
    connectedOn?: string | null;
  },
  keyOfOrganization: (name: string) => string = organizationKey,
): MatchKeys {
  let names: string[] | undefined;
  return {
    linkedin: linkedinProfileKey(person.linkedinUrl),
    emails: person.emails.map(emailKey),
    names: () => {
      if (names) return names;
      const name = personNameKey(person.name);
      const organization = person.organization ? keyOfOrganization(person.organization) : '';
      names = [];
      if (name && organization) names.push(`${name}@${organization}`);
      if (name && person.connectedOn) names.push(`${name}@${person.connectedOn}`);
      return names;
    },
  };
}

/**
 * Finds records by any of their keys. A LinkedIn profile or an e-mail identifies a person; the
 * same name at the same organization, or connected on the same day, is the fallback for records
 * that lack them — but two records with different LinkedIn profiles are never the same person.
 */
export class MatchIndex<T> {
  readonly #byLinkedin = new Map<string, T>();
  readonly #byEmail = new Map<string, T>();
  readonly #entries: { keys: MatchKeys; value: T }[] = [];
  /** Names of the records without a LinkedIn profile: all a record with one may match by name. */
  readonly #unlinkedByName = new Map<string, T>();
  /** Names of every record, built the first time a record without a profile is looked up. */
  #anyByName: Map<string, T> | null = null;

  add(keys: MatchKeys, value: T): void {
    if (keys.linkedin && !this.#byLinkedin.has(keys.linkedin))
      this.#byLinkedin.set(keys.linkedin, value);
    for (const email of keys.emails) if (!this.#byEmail.has(email)) this.#byEmail.set(email, value);
    this.#entries.push({ keys, value });
    if (!keys.linkedin) addFirst(this.#unlinkedByName, keys.names(), value);
    if (this.#anyByName) addFirst(this.#anyByName, keys.names(), value);
  }

  find(keys: MatchKeys): T | undefined {
    const strong =
      (keys.linkedin ? this.#byLinkedin.get(keys.linkedin) : undefined) ??
      keys.emails.map((email) => this.#byEmail.get(email)).find((found) => found !== undefined);
    if (strong !== undefined) return strong;
    if (keys.linkedin) {
      if (this.#unlinkedByName.size === 0) return undefined;
      return firstFound(this.#unlinkedByName, keys.names());
    }
    if (!this.#anyByName) {
      this.#anyByName = new Map();
      for (const entry of this.#entries) addFirst(this.#anyByName, entry.keys.names(), entry.value);
    }
    return firstFound(this.#anyByName, keys.names());
  }
}

function addFirst<T>(map: Map<string, T>, keys: string[], value: T): void {
  for (const key of keys) if (!map.has(key)) map.set(key, value);
}

function firstFound<T>(map: Map<string, T>, keys: string[]): T | undefined {
  for (const key of keys) {
    const found = map.get(key);
    if (found !== undefined) return found;
  }
  return undefined;
}
