import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Person } from '#core/person';
import {
  FIELD_LABELS,
  changedFields,
  toFormValues,
  type PersonField,
  type PersonFormValues,
} from './person-form-values';

type Props = {
  /** The person as the server has it now; null when no conflict is open. */
  current: Person | null;
  /** What the edit started from, to tell their changes apart from mine. */
  base: PersonFormValues;
  mine: PersonFormValues;
  busy?: boolean;
  onReload: () => void;
  onOverwrite: () => void;
  onClose: () => void;
};

function fieldList(changes: object) {
  return (Object.keys(changes) as PersonField[]).map((field) => FIELD_LABELS[field]).join(', ');
}

/** A save found a newer version: let the user choose whose edit wins, never silently. */
export function ConflictDialog({
  current,
  base,
  mine,
  busy,
  onReload,
  onOverwrite,
  onClose,
}: Props) {
  const theirs = current ? fieldList(changedFields(base, toFormValues(current))) : '';
  const yours = fieldList(changedFields(base, mine));
  return (
    <Modal
      opened={current !== null}
      onClose={onClose}
      title="This person was changed elsewhere"
      centered
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': 'Keep editing' }}
      styles={{ title: { fontWeight: 650 } }}
    >
      <Stack gap="sm">
        <Text size="sm">
          While you were editing, {current?.name ?? 'this person'} was saved somewhere else — maybe
          in another tab or window. Choose which version to keep.
        </Text>
        {theirs && (
          <Text size="sm" c="dimmed">
            Changed there: {theirs}.
          </Text>
        )}
        {yours && (
          <Text size="sm" c="dimmed">
            Changed by you here: {yours}.
          </Text>
        )}
        <Text size="sm">
          <strong>Reload</strong> shows the saved version and drops your edits.{' '}
          <strong>Overwrite</strong> saves your edits on top of it.
        </Text>
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onReload} disabled={busy}>
            Reload
          </Button>
          <Button onClick={onOverwrite} loading={busy}>
            Overwrite
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
