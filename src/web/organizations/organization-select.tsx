import { useMemo, useState } from 'react';
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useOrganization, useOrganizationSuggestions } from '../api/organizations.queries';

type Props = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  value: number | undefined;
  onChange: (id: string | null) => void;
};

/** A searchable select over the organizations in the network, for filters. */
export function OrganizationSelect({ value, onChange, ...props }: Props) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 150);
  const suggestions = useOrganizationSuggestions(debounced);
  const selected = useOrganization(value);

  const options = useMemo(() => {
    const list = (suggestions.data?.items ?? []).map((org) => ({
      value: String(org.id),
      label: org.name,
    }));
    // The chosen organization must stay among the options or the select would show it blank.
    const chosen = selected.data;
    if (chosen && !list.some((option) => option.value === String(chosen.id))) {
      list.unshift({ value: String(chosen.id), label: chosen.name });
    }
    return list;
  }, [suggestions.data, selected.data]);

  return (
    <Select
      placeholder="Any"
      {...props}
      data={options}
      value={value ? String(value) : null}
      onChange={onChange}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      // The server already filtered by the search text; don't filter its answer again.
      filter={({ options: all }) => all}
      nothingFoundMessage={suggestions.isFetching ? 'Searching…' : 'No organization by that name'}
      clearable
    />
  );
}
