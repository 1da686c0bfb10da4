import type { InterviewFilters } from '../api/interviews.api';

export type InterviewsView = 'board' | 'list';

const positiveId = (text: string | null) => {
  const id = Number(text);
  return Number.isInteger(id) && id > 0 ? id : undefined;
};

/** Reads the Interviews page's view and filters from the address, ignoring anything malformed. */
export function interviewsFromParams(params: URLSearchParams): {
  view: InterviewsView;
  filters: InterviewFilters;
} {
  return {
    view: params.get('view') === 'list' ? 'list' : 'board',
    filters: {
      explorationId: positiveId(params.get('explorationId')),
      organizationId: positiveId(params.get('organizationId')),
    },
  };
}
