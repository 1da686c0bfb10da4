import { useMemo } from 'react';
import {
  Button,
  Container,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconLayoutKanban, IconList, IconPlus } from '@tabler/icons-react';
import { useHotkeys } from '@mantine/hooks';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useExplorations, useInterviews } from '../api/interviews.queries';
import { OrganizationSelect } from '../organizations/organization-select';
import { ErrorNotice } from '../pages/error-notice';
import { withParam } from '../people/people-url';
import { ComboboxField } from '../ui/combobox-field';
import { useClock } from '../ui/use-time-zone';
import { InterviewBoard } from './interview-board';
import { InterviewTable } from './interview-table';
import { InterviewsEmptyState } from './interviews-empty';
import { interviewsFromParams } from './interviews-url';

/** Every interview as a pipeline by stage, on a board or in a table, narrowed by URL filters. */
export function InterviewsPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  // N starts one, as on People.
  useHotkeys([['n', () => void navigate('/interviews/new')]]);
  const { view, filters } = useMemo(() => interviewsFromParams(params), [params]);
  const list = useInterviews(filters);
  const explorations = useExplorations();
  const byId = useMemo(
    () => new Map((explorations.data?.items ?? []).map((e) => [e.id, e])),
    [explorations.data],
  );
  const interviews = list.data?.items ?? [];
  const filtered = Boolean(filters.explorationId || filters.organizationId);
  const noneAtAll = list.isSuccess && interviews.length === 0 && !filtered;
  const clock = useClock();
  const set = (key: string, value: string | null) => setParams(withParam(params, key, value));

  return (
    <Container size="xl" px={0}>
      <title>Interviews · Wayfinder</title>
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Title order={1}>Interviews</Title>
          <Button
            component={Link}
            to="/interviews/new"
            leftSection={<IconPlus size={18} />}
            aria-keyshortcuts="n"
          >
            New interview
          </Button>
        </Group>
        {!noneAtAll && (
          <Group justify="space-between" align="flex-end" gap="sm">
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" style={{ flex: '1 1 360px' }}>
              <ComboboxField label="Exploration">
                {(field) => (
                  <Select
                    {...field}
                    placeholder="Any"
                    data={(explorations.data?.items ?? []).map((e) => ({
                      value: String(e.id),
                      label: e.title,
                    }))}
                    value={filters.explorationId ? String(filters.explorationId) : null}
                    onChange={(value) => set('explorationId', value)}
                    searchable
                    clearable
                    nothingFoundMessage="No exploration by that name"
                  />
                )}
              </ComboboxField>
              <ComboboxField label="Organization">
                {(field) => (
                  <OrganizationSelect
                    {...field}
                    value={filters.organizationId}
                    onChange={(value) => set('organizationId', value)}
                  />
                )}
              </ComboboxField>
            </SimpleGrid>
            <SegmentedControl
              aria-label="Show as"
              value={view}
              onChange={(value) => set('view', value === 'list' ? 'list' : null)}
              data={[
                {
                  value: 'board',
                  label: (
                    <Group gap={6} wrap="nowrap">
                      <IconLayoutKanban size={16} aria-hidden />
                      Board
                    </Group>
                  ),
                },
                {
                  value: 'list',
                  label: (
                    <Group gap={6} wrap="nowrap">
                      <IconList size={16} aria-hidden />
                      List
                    </Group>
                  ),
                },
              ]}
            />
          </Group>
        )}
        {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
        <VisuallyHidden aria-live="polite">
          {list.isSuccess ? `${interviews.length} interviews shown` : ''}
        </VisuallyHidden>
        {list.isPending ? (
          <Skeleton h={240} />
        ) : noneAtAll ? (
          <InterviewsEmptyState />
        ) : interviews.length === 0 && list.isSuccess ? (
          <Stack align="flex-start" gap="xs">
            <Text c="dimmed">No interview matches these filters.</Text>
            <Button variant="default" size="xs" onClick={() => setParams(withoutFilters(params))}>
              Clear the filters
            </Button>
          </Stack>
        ) : (
          <div style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
            {view === 'list' ? (
              <InterviewTable interviews={interviews} explorations={byId} clock={clock} />
            ) : (
              <InterviewBoard interviews={interviews} explorations={byId} clock={clock} />
            )}
          </div>
        )}
      </Stack>
    </Container>
  );
}

/** Clears the filters but keeps the chosen view. */
function withoutFilters(params: URLSearchParams) {
  return withParam(withParam(params, 'explorationId', null), 'organizationId', null);
}
