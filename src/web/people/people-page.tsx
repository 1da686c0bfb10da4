import { useEffect, useMemo, useState } from 'react';
import {
  Button,
  Container,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useNavigate, useSearchParams } from 'react-router';
import type { PeopleFilters } from '../api/people.api';
import { usePeopleList } from '../api/people.queries';
import { ErrorNotice } from '../pages/error-notice';
import { DuplicatesLink, ImportExportButtons } from './people-actions';
import { NoMatches, PeopleEmptyState } from './people-empty';
import { PeopleFilterBar } from './people-filters';
import { filtersFromParams, hasNarrowingFilters, withParam } from './people-url';
import { PersonRow } from './person-row';
import { useTagSuggestions } from './use-tag-suggestions';

const isTyping = () => {
  const element = document.activeElement;
  return (
    element instanceof HTMLElement &&
    (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName))
  );
};

/** Everyone in the network: search, sort, filter, page, and move through it with the keyboard. */
export function PeoplePage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const [text, setText] = useState(filters.q ?? '');
  const [debounced] = useDebouncedValue(text.trim(), 150);
  const [highlight, setHighlight] = useState(-1);
  const list = usePeopleList(filters);
  const people = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);

  // The address is the source of truth, so a search can be shared, bookmarked and gone back to.
  useEffect(() => {
    if ((params.get('q') ?? '') !== debounced)
      setParams(withParam(params, 'q', debounced), { replace: true });
  }, [debounced, params, setParams]);

  useEffect(() => {
    document.querySelector('[data-highlighted]')?.scrollIntoView({ block: 'nearest' });
  }, [highlight]);

  // The highlight resets where the user changes the list, not in an effect: an effect would run
  // after the new address renders and could swallow an ArrowDown typed just before it.
  const setFilter = (key: keyof PeopleFilters, value: string | null) => {
    setHighlight(-1);
    setParams(withParam(params, key, value));
  };
  const move = (step: number) =>
    setHighlight((index) => Math.max(0, Math.min(people.length - 1, index + step)));
  const openHighlighted = () => {
    const person = people[Math.min(highlight, people.length - 1)];
    if (person) void navigate(`/people/${person.id}`);
  };

  useHotkeys([
    ['n', () => void navigate('/people/new')],
    ['ArrowDown', (event) => (event.preventDefault(), move(1))],
    ['ArrowUp', (event) => (event.preventDefault(), move(-1))],
    [
      'Enter',
      () => {
        // A focused link or button handles Enter itself.
        const tag = document.activeElement?.tagName;
        if (!isTyping() && tag !== 'A' && tag !== 'BUTTON') openHighlighted();
      },
    ],
  ]);

  const knownTags = useTagSuggestions();
  const narrowed = hasNarrowingFilters(filters);
  const showEmptyNetwork =
    list.isSuccess && people.length === 0 && !narrowed && filters.archived !== 'all';

  return (
    <Container size="lg" px={0}>
      <title>People · Wayfinder</title>
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Title order={1}>People</Title>
          <Group gap="xs">
            <DuplicatesLink />
            <ImportExportButtons hasPeople={!showEmptyNetwork} />
            <Button
              leftSection={<IconPlus size={18} />}
              onClick={() => void navigate('/people/new')}
              aria-keyshortcuts="n"
            >
              Add person
            </Button>
          </Group>
        </Group>
        <TextInput
          label="Search people"
          placeholder="Name, organization, title, tag, notes…"
          leftSection={<IconSearch size={16} stroke={1.6} aria-hidden />}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            setHighlight(-1);
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              move(event.key === 'ArrowDown' ? 1 : -1);
            } else if (event.key === 'Enter' && highlight >= 0) {
              openHighlighted();
            }
          }}
          type="search"
          size="md"
        />
        {/* Filters mean nothing before the first person exists; the empty state explains instead. */}
        {!showEmptyNetwork && (
          <PeopleFilterBar filters={filters} knownTags={knownTags} onChange={setFilter} />
        )}
        {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
        <VisuallyHidden aria-live="polite">
          {list.isSuccess
            ? `${people.length}${list.hasNextPage ? ' or more' : ''} people shown`
            : ''}
        </VisuallyHidden>
        {list.isPending ? (
          <Paper withBorder p="md">
            <Stack gap="sm">
              {[0, 1, 2, 3].map((key) => (
                <Skeleton key={key} h={40} />
              ))}
            </Stack>
          </Paper>
        ) : showEmptyNetwork ? (
          <PeopleEmptyState />
        ) : people.length === 0 && list.isSuccess ? (
          <NoMatches
            onClear={() => {
              setText('');
              setParams(new URLSearchParams());
            }}
          />
        ) : (
          <>
            <Paper
              withBorder
              component="ul"
              aria-label="People"
              p={0}
              m={0}
              style={{
                listStyle: 'none',
                overflow: 'hidden',
                opacity: list.isPlaceholderData ? 0.6 : 1,
              }}
            >
              {people.map((person, index) => (
                <PersonRow
                  key={person.id}
                  person={person}
                  highlighted={index === highlight}
                  onPointerEnter={() => setHighlight(index)}
                />
              ))}
            </Paper>
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {people.length} {people.length === 1 ? 'person' : 'people'}
                {list.hasNextPage ? ' so far' : ''} · use ↑ ↓ and Enter to open, N to add
              </Text>
              {list.hasNextPage && (
                <Button
                  variant="default"
                  onClick={() => void list.fetchNextPage()}
                  loading={list.isFetchingNextPage}
                >
                  Load more
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
    </Container>
  );
}
