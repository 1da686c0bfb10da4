import { PERSON_SORTS, type PersonSort } from '#core/person';
import type { PeopleFilters } from '../api/people.api';
import { isRelationship } from './relationship';

/** Reads the People list's filters from the address, ignoring anything malformed. */
export function filtersFromParams(params: URLSearchParams): PeopleFilters {
  const sort = params.get('sort');
  const relationship = params.get('relationship');
  const organizationId = Number(params.get('organizationId'));
  const archived = params.get('archived');
  return {
    q: params.get('q')?.trim() || undefined,
    sort: (PERSON_SORTS as readonly string[]).includes(sort ?? '')
      ? (sort as PersonSort)
      : undefined,
    relationship: isRelationship(relationship) ? relationship : undefined,
    organizationId:
      Number.isInteger(organizationId) && organizationId > 0 ? organizationId : undefined,
    tag: params.get('tag')?.trim() || undefined,
    archived: archived === 'all' || archived === 'true' ? archived : undefined,
  };
}

/** Returns new params with one filter set or cleared, keeping the others. */
export function withParam(params: URLSearchParams, key: string, value: string | null | undefined) {
  const next = new URLSearchParams(params);
  if (value) next.set(key, value);
  else next.delete(key);
  return next;
}

export function hasNarrowingFilters(filters: PeopleFilters) {
  return Boolean(
    filters.q ||
    filters.relationship ||
    filters.organizationId ||
    filters.tag ||
    filters.archived === 'true',
  );
}
