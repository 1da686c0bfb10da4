import { Autocomplete, Select, SimpleGrid, Switch } from '@mantine/core';
import { useState } from 'react';
import type { PeopleFilters } from '../api/people.api';
import { OrganizationSelect } from '../organizations/organization-select';
import { ComboboxField } from '../ui/combobox-field';
import { RELATIONSHIP_OPTIONS } from './relationship';

type Props = {
  filters: PeopleFilters;
  /** Tags in use across the whole network, most used first: suggestions for the tag filter. */
  knownTags: string[];
  onChange: (key: keyof PeopleFilters, value: string | null) => void;
};

const SORT_OPTIONS = [
  { value: 'name', label: 'Name' },
  { value: 'organization', label: 'Organization' },
  { value: 'updated', label: 'Recently updated' },
  { value: 'created', label: 'Recently added' },
];

export function PeopleFilterBar({ filters, knownTags, onChange }: Props) {
  const [tagText, setTagText] = useState(filters.tag ?? '');

  // With a search and no explicit sort the server ranks by relevance, so offer that choice then.
  const sortOptions = filters.q
    ? [{ value: 'relevance', label: 'Best match' }, ...SORT_OPTIONS]
    : SORT_OPTIONS;
  const sortValue = filters.sort ?? (filters.q ? 'relevance' : 'name');

  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
      <ComboboxField label="Sort by">
        {(field) => (
          <Select
            {...field}
            data={sortOptions}
            value={sortValue}
            allowDeselect={false}
            onChange={(value) => onChange('sort', value === 'relevance' ? null : value)}
          />
        )}
      </ComboboxField>
      <ComboboxField label="Relationship">
        {(field) => (
          <Select
            {...field}
            placeholder="Any"
            data={RELATIONSHIP_OPTIONS}
            value={filters.relationship ?? null}
            onChange={(value) => onChange('relationship', value)}
            clearable
          />
        )}
      </ComboboxField>
      <ComboboxField label="Organization">
        {(field) => (
          <OrganizationSelect
            {...field}
            value={filters.organizationId}
            onChange={(value) => onChange('organizationId', value)}
          />
        )}
      </ComboboxField>
      <ComboboxField label="Tag">
        {(field) => (
          <Autocomplete
            {...field}
            placeholder="Any"
            data={knownTags}
            value={tagText}
            onChange={(value) => {
              setTagText(value);
              if (!value) onChange('tag', null);
            }}
            onOptionSubmit={(value) => onChange('tag', value)}
            onBlur={() => onChange('tag', tagText.trim() || null)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') onChange('tag', tagText.trim() || null);
            }}
          />
        )}
      </ComboboxField>
      <Switch
        label="Include archived"
        checked={filters.archived === 'all'}
        onChange={(event) => onChange('archived', event.currentTarget.checked ? 'all' : null)}
        style={{ gridColumn: '1 / -1' }}
      />
    </SimpleGrid>
  );
}
