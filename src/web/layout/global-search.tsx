import { useEffect, useRef, useState } from 'react';
import { Combobox, Group, Kbd, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue, useHotkeys } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { usePeopleSearch } from '../api/people.queries';

/** The header search: finds people as you type and opens the one picked; "/" or Ctrl+K focus it. */
export function GlobalSearch() {
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 150);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const search = usePeopleSearch(debounced, 8, debounced.length > 0);
  const people = debounced ? (search.data?.items ?? []) : [];

  useHotkeys([
    ['/', () => inputRef.current?.focus()],
    ['mod+K', () => inputRef.current?.focus()],
  ]);

  // Keep the best match preselected so Enter opens it straight away.
  const found = search.data?.items;
  useEffect(() => {
    if (found?.length) combobox.selectFirstOption();
    // The store object changes every render; only new results should move the selection.
  }, [found]);

  const open = (id: string) => {
    combobox.closeDropdown();
    setText('');
    inputRef.current?.blur();
    void navigate(`/people/${id}`);
  };

  return (
    <Combobox store={combobox} onOptionSubmit={open} withinPortal>
      <Combobox.Target>
        <TextInput
          ref={inputRef}
          aria-label="Find anyone"
          placeholder="Find a person…"
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => text && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              setText('');
              inputRef.current?.blur();
            }
          }}
          leftSection={<IconSearch size={16} stroke={1.6} aria-hidden />}
          rightSection={
            search.isFetching && debounced ? (
              <Loader size={14} />
            ) : (
              <Kbd size="xs" visibleFrom="sm" aria-hidden>
                /
              </Kbd>
            )
          }
          rightSectionPointerEvents="none"
          style={{ flex: 1, maxWidth: 420 }}
          radius="xl"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!debounced}>
        <Combobox.Options aria-label="People found">
          {people.map((person) => (
            <Combobox.Option value={String(person.id)} key={person.id}>
              <Group gap={6} wrap="nowrap" justify="space-between">
                <Text size="sm" fw={500} truncate>
                  {person.name}
                </Text>
                {/* Inherit so it stays readable on the highlighted (filled) option too. */}
                <Text size="xs" c="inherit" opacity={0.75} truncate>
                  {[person.title, person.organization].filter(Boolean).join(' · ')}
                </Text>
              </Group>
            </Combobox.Option>
          ))}
          {people.length === 0 && !search.isFetching && (
            <Combobox.Empty>No one matches “{debounced}”</Combobox.Empty>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
