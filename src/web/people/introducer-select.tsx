import { useMemo, useState } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { PersonRef } from '#core/person';
import { usePeopleSearch } from '../api/people.queries';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: number | null;
  /** Who was chosen before, so their name shows before any search runs. */
  initial: PersonRef | null;
  /** The person being edited, who cannot have introduced themselves. */
  excludeId?: number;
  onChange: (id: number | null) => void;
};

/** A searchable select over everyone, storing the introducer's id. */
export function IntroducerSelect({ value, initial, excludeId, onChange, ...props }: Props) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 150);
  const [chosen, setChosen] = useState<PersonRef | null>(initial);
  // When a person is picked the input shows their name; searching for it again would be wasted.
  const query = chosen && debounced === chosen.name ? '' : debounced;
  const results = usePeopleSearch(query, 10);

  const data = useMemo(() => {
    const refs = (results.data?.items ?? []).map(({ id, name, organization }) => ({
      value: String(id),
      label: organization ? `${name} (${organization})` : name,
    }));
    if (chosen && !refs.some((ref) => ref.value === String(chosen.id))) {
      refs.unshift({ value: String(chosen.id), label: chosen.name });
    }
    return refs.filter((ref) => ref.value !== String(excludeId));
  }, [results.data, chosen, excludeId]);

  return (
    <Select
      {...props}
      data={data}
      value={value === null ? null : String(value)}
      onChange={(next, option) => {
        setChosen(next && option ? { id: Number(next), name: option.label } : null);
        onChange(next ? Number(next) : null);
      }}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={results.isFetching ? 'Searching…' : 'No one by that name yet'}
    />
  );
}
