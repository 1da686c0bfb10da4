import { useState } from 'react';
import { Button, Stack, Text, Title } from '@mantine/core';
import type { AgendaItem } from '#core/interview-view';
import { AgendaItemCard } from './agenda-item';
import type { Decide } from './use-decision';

const SECTIONS = [
  { status: 'overdue', title: 'Overdue', hint: 'Still worth doing; late is better than never.' },
  { status: 'today', title: 'Today', hint: null },
  { status: 'upcoming', title: 'Coming up', hint: 'The next two weeks.' },
] as const;

type Props = {
  actions: AgendaItem[];
  today: string;
  interviewOfPerson: (personId: number) => number | undefined;
  decide: Decide;
};

/**
 * How many actions a group shows at first. A long history can leave hundreds of keep-in-touch
 * reminders overdue; the first ones are the oldest, and the rest are a click away.
 */
export const FIRST_SHOWN = 25;

/** The agenda in three groups; a group with nothing in it is left out. */
export function Agenda({ actions, ...rest }: Props) {
  return (
    <Stack gap="lg">
      {SECTIONS.map((section) => {
        const items = actions.filter((action) => action.status === section.status);
        if (items.length === 0) return null;
        return <AgendaSection key={section.status} {...section} items={items} {...rest} />;
      })}
    </Stack>
  );
}

function AgendaSection({
  status,
  title,
  hint,
  items,
  ...rest
}: (typeof SECTIONS)[number] & Omit<Props, 'actions'> & { items: AgendaItem[] }) {
  const [shown, setShown] = useState(FIRST_SHOWN);
  const id = `agenda-${status}`;
  const hidden = items.length - shown;
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}{' '}
        <Text span c="dimmed" fw={400} inherit>
          ({items.length})
        </Text>
      </Title>
      {hint && (
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      )}
      <Stack gap="sm" component="ul" p={0} mt="sm" style={{ listStyle: 'none' }}>
        {items.slice(0, shown).map((action) => (
          <AgendaItemCard key={action.id} action={action} {...rest} />
        ))}
      </Stack>
      {hidden > 0 && (
        <Button variant="subtle" mt="sm" onClick={() => setShown(items.length)}>
          {`Show the other ${hidden} ${title === 'Today' ? 'for today' : title.toLowerCase()}`}
        </Button>
      )}
    </section>
  );
}
