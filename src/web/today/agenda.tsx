import { Stack, Text, Title } from '@mantine/core';
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

/** The agenda in three groups; a group with nothing in it is left out. */
export function Agenda({ actions, ...rest }: Props) {
  return (
    <Stack gap="lg">
      {SECTIONS.map(({ status, title, hint }) => {
        const items = actions.filter((action) => action.status === status);
        if (items.length === 0) return null;
        const id = `agenda-${status}`;
        return (
          <section key={status} aria-labelledby={id}>
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
              {items.map((action) => (
                <AgendaItemCard key={action.id} action={action} {...rest} />
              ))}
            </Stack>
          </section>
        );
      })}
    </Stack>
  );
}
