import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCheck, IconPencil, IconPlus, IconX } from '@tabler/icons-react';
import type { AgendaItem } from '#core/interview-view';
import { Link } from 'react-router';
import { composerPath } from '../interviews/message-words';
import { ACTION_MESSAGE_KINDS, ACTION_TITLES, dueText, formatShortDay } from './agenda-words';
import { SnoozeControl } from './snooze-control';
import type { Decide } from './use-decision';

type Props = {
  action: AgendaItem;
  today: string;
  decide: Decide;
};

function PersonLink({ person }: { person: AgendaItem['person'] }) {
  return (
    <>
      <Anchor component={Link} to={`/people/${person.id}`} fw={600}>
        {person.name}
      </Anchor>
      {person.organization && <Text span c="dimmed">{` · ${person.organization}`}</Text>}
    </>
  );
}

/** One thing to do: why, for whom, when, and the buttons that do it or put it aside. */
export function AgendaItemCard({ action, today, decide }: Props) {
  const messageKind = ACTION_MESSAGE_KINDS[action.kind];
  // Keep-in-touch names the latest conversation, whose interview the update's draft belongs to.
  const interviewId = action.interviewId;
  const title = ACTION_TITLES[action.kind];
  const label = `${title}: ${action.person.name}`;
  const suggested = action.suggestedPerson;
  return (
    <Paper withBorder p="md" component="li" aria-label={label}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text fw={650}>{title}</Text>
          <Badge
            variant="light"
            color={
              action.status === 'overdue' ? 'orange' : action.status === 'today' ? 'teal' : 'gray'
            }
          >
            {dueText(action.due, today)}
          </Badge>
        </Group>
        <Text size="sm">
          <PersonLink person={action.person} />
        </Text>
        <Text size="sm" c="dimmed">
          {action.reason}
        </Text>
        {action.snoozedFrom && (
          <Text size="xs" c="dimmed">
            Snoozed; it first fell due on {formatShortDay(action.snoozedFrom)}.
          </Text>
        )}
        {suggested && (
          <Group gap="xs">
            <Text size="sm">
              Who next: <PersonLink person={suggested} />
            </Text>
            <Button
              component={Link}
              to={`/interviews/new?personId=${suggested.id}`}
              size="xs"
              variant="light"
              leftSection={<IconPlus size={14} />}
            >
              Start an interview
            </Button>
          </Group>
        )}
        <Group gap="xs" mt={4}>
          {messageKind && interviewId !== undefined && (
            <Button
              component={Link}
              to={composerPath(interviewId, messageKind)}
              size="xs"
              leftSection={<IconPencil size={14} />}
            >
              Open the draft
            </Button>
          )}
          <Button
            size="xs"
            variant="default"
            leftSection={<IconCheck size={14} />}
            onClick={() => decide(action, { decision: 'done' })}
          >
            Mark done
          </Button>
          <SnoozeControl
            today={today}
            label={label}
            onSnooze={(until) => decide(action, { decision: 'snoozed', until })}
          />
          <Button
            size="xs"
            variant="subtle"
            color="gray"
            leftSection={<IconX size={14} />}
            onClick={() => decide(action, { decision: 'dismissed' })}
          >
            Dismiss
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
