import type { PersonDetail } from '#core/person';

/** A complete person as the API returns it, with overrides for what a test cares about. */
export function aPerson(overrides: Partial<PersonDetail> = {}): PersonDetail {
  return {
    id: 7,
    version: 1,
    name: 'Ana Ferreira',
    organization: 'Northwind Health',
    organizationId: 1,
    title: 'UX Researcher',
    location: null,
    emails: ['ana@example.com'],
    phones: [],
    linkedinUrl: null,
    relationship: 'alumni',
    introducedById: null,
    howMet: null,
    notes: null,
    tags: ['ux'],
    source: 'manual',
    connectedOn: null,
    importedAt: null,
    archivedAt: null,
    createdAt: '2026-01-05T10:00:00.000Z',
    updatedAt: '2026-01-05T10:00:00.000Z',
    introducedBy: null,
    introduced: [],
    ...overrides,
  };
}
