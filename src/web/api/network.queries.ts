import { useQuery } from '@tanstack/react-query';
import { networkApi } from './network.api';
import { networkKeys } from './query-keys';

export function useNetworkSummary() {
  return useQuery({
    queryKey: networkKeys.summary(),
    queryFn: ({ signal }) => networkApi.summary(signal),
  });
}

/** Tags in use, most used first: suggestions that keep one spelling per idea. */
export function useTagsInUse(limit = 100) {
  return useQuery({
    queryKey: networkKeys.tags(limit),
    queryFn: ({ signal }) => networkApi.tags(limit, signal),
    select: (data) => data.items.map((item) => item.tag),
  });
}
