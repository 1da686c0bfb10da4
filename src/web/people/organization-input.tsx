import { Autocomplete, type AutocompleteProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useOrganizationSuggestions } from '../api/organizations.queries';

type Props = Omit<AutocompleteProps, 'data'> & { value: string };

/** Free text, with the organizations already known offered as you type so spellings stay consistent. */
export function OrganizationInput({ value, ...props }: Props) {
  const [debounced] = useDebouncedValue(value.trim(), 150);
  const suggestions = useOrganizationSuggestions(debounced);
  const names = [...new Set((suggestions.data?.items ?? []).map((org) => org.name))];
  // Showing the one exact match as a suggestion adds nothing.
  const data = names.length === 1 && names[0] === value ? [] : names;
  return <Autocomplete value={value} data={data} filter={({ options }) => options} {...props} />;
}
