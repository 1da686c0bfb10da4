import { useMemo } from 'react';
import { usePeopleOverview } from '../api/people.queries';

/** Tags already in use, so the same word is reused rather than spelled a new way. */
export function useTagSuggestions() {
  const overview = usePeopleOverview();
  return useMemo(
    () => [...new Set((overview.data?.items ?? []).flatMap((person) => person.tags))].sort(),
    [overview.data],
  );
}
