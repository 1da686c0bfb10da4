import {
  ActionIcon,
  Anchor,
  Badge,
  Group,
  Paper,
  Rating,
  SegmentedControl,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import type { Target } from '#core/target';
import { Link } from 'react-router';
import { isApiError } from '../api/client';
import type { TargetChanges } from '../api/targets.api';
import { useUpdateTarget } from '../api/targets.queries';
import { TargetNotes } from './target-notes';
import { KIND_LABELS, MOTIVATION_WORDS, POSTING_OPTIONS, advocacyText } from './target-words';

type Props = { target: Target; onRemove: (target: Target) => void };

/** One target, edited in place: every change saves at once. */
export function TargetRow({ target, onRemove }: Props) {
  const update = useUpdateTarget(target.id);
  // mutateAsync, not mutate: each edit gets its own answer even when several are queued.
  const save = (changes: TargetChanges) =>
    update.mutateAsync(changes).then(
      () => true,
      (error: Error) => {
        notifyFailure(error);
        return false;
      },
    );
  const notifyFailure = (error: Error) =>
    notifications.show({
      color: isApiError(error) && error.status === 409 ? 'yellow' : 'red',
      title:
        isApiError(error) && error.status === 409
          ? `${target.label} was changed elsewhere`
          : `${target.label} did not save`,
      message:
        isApiError(error) && error.status === 409
          ? 'Showing the latest version now; make your change again if it still applies.'
          : error.message,
    });
  const postingId = `posting-${target.id}`;
  return (
    <Paper
      withBorder
      p="sm"
      component="li"
      data-top={target.top || undefined}
      style={
        target.top
          ? {
              borderColor: 'var(--mantine-primary-color-light-color)',
              boxShadow: 'inset 4px 0 0 var(--mantine-primary-color-filled)',
            }
          : undefined
      }
    >
      <Stack gap={8}>
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
            <Badge
              variant={target.top ? 'filled' : 'default'}
              circle
              size="lg"
              aria-label={`Rank ${target.rank}`}
            >
              {target.rank}
            </Badge>
            {target.organizationId ? (
              <Anchor
                component={Link}
                to={`/organizations/${target.organizationId}`}
                fw={600}
                truncate
              >
                {target.label}
              </Anchor>
            ) : (
              <Text fw={600} truncate>
                {target.label}
              </Text>
            )}
            {target.kind !== 'organization' && (
              <Badge variant="light" color="gray" size="sm">
                {KIND_LABELS[target.kind]}
              </Badge>
            )}
          </Group>
          <Tooltip label="Remove target">
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={`Remove target ${target.label}`}
              onClick={() => onRemove(target)}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Group gap="md" wrap="wrap" align="center">
          <Group gap={6} wrap="nowrap">
            <Text size="xs" c="dimmed">
              Motivation
            </Text>
            <Rating
              role="radiogroup"
              aria-label={`Motivation for ${target.label}`}
              value={target.motivation}
              onChange={(motivation) => motivation > 0 && void save({ motivation })}
              getSymbolLabel={(value) => `${value} of 5, ${MOTIVATION_WORDS[value] ?? ''}`}
            />
          </Group>
          <Group gap={6} wrap="nowrap">
            <Text size="xs" c="dimmed" id={postingId}>
              Posting
            </Text>
            <SegmentedControl
              size="xs"
              aria-labelledby={postingId}
              data={POSTING_OPTIONS}
              value={String(target.posting)}
              onChange={(value) => void save({ posting: Number(value) })}
            />
          </Group>
          <Text size="sm" c={target.advocacy > 0 ? undefined : 'dimmed'}>
            {target.kind === 'organization' && target.organizationId && target.advocacy > 0 ? (
              <Anchor component={Link} to={`/organizations/${target.organizationId}`} size="sm">
                {advocacyText(target.advocacy)}
              </Anchor>
            ) : (
              advocacyText(target.advocacy)
            )}
          </Text>
        </Group>
        <TargetNotes
          label={target.label}
          notes={target.notes}
          onSave={(notes) => save({ notes })}
        />
      </Stack>
    </Paper>
  );
}
