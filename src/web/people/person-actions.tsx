import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Person } from '#core/person';
import { useArchivePerson } from '../api/people.queries';

/** Archive with a way back: the notification carries an Undo button that restores at once. */
export function useArchiveWithUndo() {
  const archive = useArchivePerson();

  const restore = (person: Person, notificationId?: string) => {
    if (notificationId) notifications.hide(notificationId);
    archive.mutate(
      { id: person.id, archived: false },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message: `${person.name} is back in your active people.`,
          }),
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Could not restore', message: error.message }),
      },
    );
  };

  const archiveWithUndo = (person: Person) =>
    archive.mutate(
      { id: person.id, archived: true },
      {
        onSuccess: () => {
          const id = `archived-${person.id}-${Date.now()}`;
          notifications.show({
            id,
            title: `${person.name} archived`,
            message: (
              <span>
                Hidden from your lists, nothing deleted.{' '}
                <Button size="compact-xs" variant="light" onClick={() => restore(person, id)}>
                  Undo
                </Button>
              </span>
            ),
            autoClose: 8000,
          });
        },
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Could not archive', message: error.message }),
      },
    );

  return {
    archive: archiveWithUndo,
    restore: (person: Person) => restore(person),
    pending: archive.isPending,
  };
}
