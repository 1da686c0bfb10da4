import { Text } from '@mantine/core';
import type { MergeChoiceField } from '#core/duplicates';
import type { Person } from '#core/person';
import { usePerson } from '../api/people.queries';
import { RELATIONSHIP_LABELS } from '../people/relationship';

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

function IntroducerName({ id }: { id: number }) {
  const introducer = usePerson(id);
  return <>{introducer.data?.name ?? 'someone in your network'}</>;
}

/** One field's value as the user reads it; empty values say so instead of showing nothing. */
export function FieldValue({ person, field }: { person: Person; field: MergeChoiceField }) {
  const value = person[field];
  if (value === null || value === '')
    return (
      <Text span c="dimmed" fs="italic" inherit>
        (empty)
      </Text>
    );
  if (field === 'introducedById') return <IntroducerName id={Number(value)} />;
  if (field === 'relationship' && person.relationship)
    return <>{RELATIONSHIP_LABELS[person.relationship]}</>;
  if (field === 'connectedOn')
    return <>{dayFormat.format(new Date(`${String(value)}T00:00:00Z`))}</>;
  return (
    <Text span inherit style={{ wordBreak: 'break-word' }}>
      {String(value)}
    </Text>
  );
}
