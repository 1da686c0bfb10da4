import { useState } from 'react';
import { Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTarget } from '@tabler/icons-react';
import type { Target } from '#core/target';
import { useCreateTarget, useRemoveTarget, useTargets } from '../api/targets.queries';
import { ErrorNotice } from '../pages/error-notice';
import { EMPTY_DRAFT, TargetFormModal, type TargetDraft } from './target-form';
import { TargetRow } from './target-row';

/** The "Add a target" dialog and its draft, shared by the section's button and each organization row. */
export function useTargetDialog() {
  const [opened, setOpened] = useState(false);
  const [draft, setDraft] = useState<TargetDraft>(EMPTY_DRAFT);
  const open = (prefill?: Partial<TargetDraft>) => {
    // A prefilled organization starts a fresh draft; the plain button returns to what was typed.
    if (prefill) setDraft({ ...EMPTY_DRAFT, ...prefill });
    setOpened(true);
  };
  const modal = (
    <TargetFormModal
      opened={opened}
      draft={draft}
      onDraftChange={setDraft}
      onClose={() => setOpened(false)}
      onAdded={(label) => {
        setOpened(false);
        setDraft(EMPTY_DRAFT);
        notifications.show({
          color: 'teal',
          title: 'Target added',
          message: `${label} is on your list.`,
        });
      }}
    />
  );
  return { open, modal };
}

function TargetList({
  label,
  targets,
  onRemove,
}: {
  label: string;
  targets: Target[];
  onRemove: (t: Target) => void;
}) {
  return (
    <Stack gap="xs" component="ul" aria-label={label} m={0} p={0} style={{ listStyle: 'none' }}>
      {targets.map((target) => (
        <TargetRow key={target.id} target={target} onRemove={onRemove} />
      ))}
    </Stack>
  );
}

/** Targets in the order to work on them: the top five first, highlighted, then the rest. */
export function TargetsSection({ onAdd }: { onAdd: () => void }) {
  const targets = useTargets();
  const remove = useRemoveTarget();
  const recreate = useCreateTarget();
  const items = targets.data ?? [];
  const top = items.filter((target) => target.top);
  const rest = items.filter((target) => !target.top);

  const removeTarget = (target: Target) =>
    remove.mutate(target.id, {
      onSuccess: () =>
        notifications.show({
          id: `target-removed-${target.id}`,
          title: 'Target removed',
          autoClose: 10000,
          message: (
            <Group gap="xs" justify="space-between" wrap="nowrap">
              <Text size="sm">{target.label} is off your list.</Text>
              <Button
                size="xs"
                variant="light"
                onClick={() => {
                  notifications.hide(`target-removed-${target.id}`);
                  // Removing is a plain delete, so undo adds the same target back.
                  recreate.mutate({
                    kind: target.kind,
                    ...(target.organizationId
                      ? { organizationId: target.organizationId }
                      : { label: target.label }),
                    motivation: target.motivation,
                    posting: target.posting,
                    notes: target.notes,
                  });
                }}
              >
                Undo
              </Button>
            </Group>
          ),
        }),
      onError: (error) =>
        notifications.show({ color: 'red', title: 'Not removed', message: error.message }),
    });

  return (
    <section aria-labelledby="targets-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="targets-title">
          Targets
        </Title>
        <Button variant="light" leftSection={<IconPlus size={18} />} onClick={onAdd}>
          Add a target
        </Button>
      </Group>
      {targets.isError && (
        <ErrorNotice error={targets.error} onRetry={() => void targets.refetch()} />
      )}
      {targets.isPending ? (
        <Skeleton h={120} />
      ) : items.length === 0 ? (
        <Paper withBorder p="md">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <IconTarget size={28} stroke={1.5} color="var(--mantine-color-dimmed)" aria-hidden />
            <Text size="sm" c="dimmed">
              Mark the organizations, roles or fields you most want to learn about. Wayfinder ranks
              them by how much you want them, whether a job is posted, and whom you know there, and
              shows the five to start with.
            </Text>
          </Group>
        </Paper>
      ) : (
        <Stack gap="sm">
          <div>
            <Text fw={600} size="sm" mb={6} id="start-with-these">
              Start with these
            </Text>
            <TargetList label="Start with these" targets={top} onRemove={removeTarget} />
          </div>
          {rest.length > 0 && (
            <div>
              <Text fw={600} size="sm" mb={6} c="dimmed">
                Then
              </Text>
              <TargetList label="Later targets" targets={rest} onRemove={removeTarget} />
            </div>
          )}
          <Text size="xs" c="dimmed">
            Ranked by motivation, then posting, then whether you know someone there. Changes save as
            you make them.
          </Text>
        </Stack>
      )}
    </section>
  );
}
