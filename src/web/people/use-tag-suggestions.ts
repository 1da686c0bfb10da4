import { useTagsInUse } from '../api/network.queries';

const NONE: string[] = [];

/** Tags already in use, most used first, so the same word is reused rather than spelled anew. */
export function useTagSuggestions() {
  return useTagsInUse().data ?? NONE;
}
