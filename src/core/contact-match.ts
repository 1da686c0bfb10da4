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
  nameAtOrganization: string | null;
  /** The name and the day the connection began: stable across exports even when someone changes jobs. */
  nameConnectedOn: string | null;
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
  const name = personNameKey(person.name);
  const organization = person.organization ? keyOfOrganization(person.organization) : '';
  return {
    linkedin: linkedinProfileKey(person.linkedinUrl),
    emails: person.emails.map(emailKey),
    nameAtOrganization: name && organization ? `${name}@${organization}` : null,
    nameConnectedOn: name && person.connectedOn ? `${name}@${person.connectedOn}` : null,
  };
}

/**
 * Finds records by any of their keys. A LinkedIn profile or an e-mail identifies a person; the
 * same name at the same organization, or connected on the same day, is the fallback for exports
 * that carry neither — unless both sides have LinkedIn profiles and they differ.
 */
export class MatchIndex<T> {
  readonly #byLinkedin = new Map<string, T>();
  readonly #byEmail = new Map<string, T>();
  readonly #byName = new Map<string, { value: T; linkedin: string | null }>();

  add(keys: MatchKeys, value: T): void {
    if (keys.linkedin && !this.#byLinkedin.has(keys.linkedin))
      this.#byLinkedin.set(keys.linkedin, value);
    for (const email of keys.emails) if (!this.#byEmail.has(email)) this.#byEmail.set(email, value);
    for (const key of [keys.nameAtOrganization, keys.nameConnectedOn]) {
      if (key && !this.#byName.has(key)) this.#byName.set(key, { value, linkedin: keys.linkedin });
    }
  }

  find(keys: MatchKeys): T | undefined {
    if (keys.linkedin) {
      const found = this.#byLinkedin.get(keys.linkedin);
      if (found !== undefined) return found;
    }
    for (const email of keys.emails) {
      const found = this.#byEmail.get(email);
      if (found !== undefined) return found;
    }
    for (const key of [keys.nameAtOrganization, keys.nameConnectedOn]) {
      const byName = key ? this.#byName.get(key) : undefined;
      // Two people may share a name and an employer; different LinkedIn profiles tell them apart.
      if (byName && !(keys.linkedin && byName.linkedin && byName.linkedin !== keys.linkedin))
        return byName.value;
    }
    return undefined;
  }
}
