import { useEffect, useState } from 'react';
import { useWindowEvent } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import type { PersonDetail } from '#core/person';
import { peopleApi } from '../api/people.api';
import { refreshAfterChange } from '../api/people.queries';
import { createAutosaver, type AutosaveState, type SavedBase } from './autosaver';
import { toFormValues, type PersonField, type PersonFormValues } from './person-form-values';

type Status = { state: AutosaveState; base: SavedBase; revealed: PersonField[] };

/** Long enough to not save mid-word, short enough that "Saved" follows a pause in typing. */
export const AUTOSAVE_DELAY_MS = 700;

/** The edit page's values, wired to an autosaver that lives as long as the page. */
export function usePersonAutosave(person: PersonDetail) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => toFormValues(person));
  const [status, setStatus] = useState<Status>(() => ({
    state: { kind: 'idle' },
    base: { version: person.version, values: toFormValues(person) },
    revealed: [],
  }));
  const [saver] = useState(() =>
    createAutosaver(
      { version: person.version, values: toFormValues(person) },
      {
        save: (version, changes) => peopleApi.update(person.id, version, changes),
        onSaved: (saved) => void refreshAfterChange(queryClient, saved),
        onState: (state, base) =>
          setStatus((previous) => ({
            state,
            base,
            // A held-back field keeps showing its problem while it is retyped, instead of flickering.
            revealed:
              state.kind === 'invalid'
                ? [...new Set([...previous.revealed, ...state.fields])]
                : previous.revealed,
          })),
        onDetachedError: (message) =>
          notifications.show({
            color: 'red',
            title: `A change to ${person.name} was not saved`,
            message,
            autoClose: false,
          }),
        delayMs: AUTOSAVE_DELAY_MS,
        saveOnLeave: ['organization'],
      },
    ),
  );

  // Leaving by a link or the back button unmounts the page: send what is waiting on the way out.
  useEffect(() => {
    saver.attach();
    return () => saver.detach();
  }, [saver]);

  // Closing or reloading the tab cannot wait for a request, so start it and ask the browser to hold on.
  useWindowEvent('beforeunload', (event) => {
    if (!saver.hasUnsaved()) return;
    void saver.flush();
    event.preventDefault();
  });

  const conflict = status.state.kind === 'conflict' ? status.state.current : null;
  return {
    values,
    state: status.state,
    base: status.base,
    revealed: status.revealed,
    conflict,
    change: (next: PersonFormValues) => {
      setValues(next);
      saver.change(next);
    },
    flush: () => void saver.flush(),
    settle: () => saver.settle(),
    reload: () => {
      if (!conflict) return;
      setValues(saver.reload(conflict));
      void refreshAfterChange(queryClient, conflict);
    },
    overwrite: () => {
      if (conflict) setValues(saver.overwrite(conflict));
    },
    dismiss: () => saver.dismiss(),
  };
}
