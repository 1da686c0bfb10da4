import type { PersonRecord } from '#store/person.store';

/** A person as the store writes them: only a name, everything else empty. */
export function aPersonRecord(name: string, fields: Partial<PersonRecord> = {}): PersonRecord {
  return {
    name,
    organizationId: null,
    organizationName: null,
    title: null,
    location: null,
    emails: [],
    phones: [],
    linkedinUrl: null,
    relationship: null,
    introducedById: null,
    howMet: null,
    notes: null,
    tags: [],
    source: 'test',
    connectedOn: null,
    importedAt: null,
    ...fields,
  };
}
