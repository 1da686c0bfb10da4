import { useState } from 'react';
import { Button, Stack, Text, Title } from '@mantine/core';
import type { AgendaCounts } from '#core/interview-input';
import { AGENDA_FIRST_SHOWN, type AgendaItem } from '#core/interview-view';
import { AgendaItemCard } from './agenda-item';
import type { Decide } from './use-decision';

const SECTIONS = [
  { status: 'overdue', title: 'Overdue', hint: 'Still worth doing; late is better than never.' },
  { status: 'today', title: 'Today', hint: null },
  { status: 'upcoming', title: 'Coming up', hint: 'The next two weeks.' },
] as const;

type Props = {
  actions: AgendaItem[];
  /** How many each group holds in all, when `actions` lists only the first of each. */
  counts: AgendaCounts | undefined;
  /** Asks for the first `count` actions of each group, when a group shows more than loaded. */
  onShowMore: (count: number) => void;
  today: string;
  decide: Decide;
};

/** How many more actions a group's button shows at a time. */
const SHOW_MORE = 100;

/** The agenda in three groups; a group with nothing in it is left out. */
export function Agenda({ actions, counts, onShowMore, ...rest }: Props) {
  return (
    <Stack gap="lg">
      {SECTIONS.map((section) => {
        const items = actions.filter((action) => action.status === section.status);
        if (items.length === 0) return null;
        const total = Math.max(items.length, counts?.[section.status] ?? 0);
        return (
          <AgendaSection
            key={section.status}
            {...section}
            items={items}
            total={total}
            onShowMore={onShowMore}
            {...rest}
          />
        );
      })}
    </Stack>
  );
}

function AgendaSection({
  status,
  title,
  hint,
  items,
  total,
  onShowMore,
  ...rest
}: (typeof SECTIONS)[number] &
  Omit<Props, 'actions' | 'counts'> & { items: AgendaItem[]; total: number }) {
  const [shown, setShown] = useState(AGENDA_FIRST_SHOWN);
  const id = `agenda-${status}`;
  const visible = Math.min(shown, items.length);
  const hidden = total - visible;
  // A few hundred cards at once would freeze the page; more come a hundred at a time.
  const more = Math.min(hidden, SHOW_MORE);
  const what = title === 'Today' ? 'for today' : title.toLowerCase();
  return (
    <section aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}{' '}
        <Text span c="dimmed" fw={400} inherit>
          ({total.toLocaleString('en')})
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
        <Button
          variant="subtle"
          mt="sm"
          onClick={() => {
            const next = visible + more;
            setShown(next);
            if (items.length < next) onShowMore(next);
          }}
        >
          {more === hidden
            ? `Show the other ${hidden.toLocaleString('en')} ${what}`
            : `Show ${more} more ${what} (of ${hidden.toLocaleString('en')})`}
        </Button>
      )}
    </section>
  );
}
