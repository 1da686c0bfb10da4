import { useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { Exploration, ExplorationInput } from '#core/interview-input';
import { isApiError } from '../api/client';
import { useCreateExploration, useUpdateExploration } from '../api/interviews.queries';
import { KIND_OPTIONS, STATUS_OPTIONS } from './exploration-words';

type Values = {
  title: string;
  kind: Exploration['kind'];
  questions: string;
  status: Exploration['status'];
};

const valuesOf = (exploration: Exploration | null): Values => ({
  title: exploration?.title ?? '',
  kind: exploration?.kind ?? 'field',
  questions: exploration?.keyQuestions.join('\n') ?? '',
  status: exploration?.status ?? 'exploring',
});

/** One question a line; blank lines are only spacing. */
const questionsOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

type Props = {
  /** The exploration to edit, or null for a new one. */
  exploration: Exploration | null;
  onClose: () => void;
};

/** Creates or edits an exploration; what was typed stays in the form if saving fails. */
export function ExplorationForm({ exploration, onClose }: Props) {
  const [values, setValues] = useState(() => valuesOf(exploration));
  const create = useCreateExploration();
  const update = useUpdateExploration();
  const saving = create.isPending || update.isPending;
  const error = create.error ?? update.error;
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((old) => ({ ...old, [key]: value }));

  const save = () => {
    const fields: ExplorationInput = {
      title: values.title.trim(),
      kind: values.kind,
      keyQuestions: questionsOf(values.questions),
      status: values.status,
    };
    if (!fields.title) return;
    if (exploration) {
      update.mutate(
        { id: exploration.id, version: exploration.version, changes: fields },
        { onSuccess: onClose },
      );
    } else {
      create.mutate(fields, { onSuccess: onClose });
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <Stack gap="md">
        <TextInput
          label="Title"
          placeholder="e.g. Paramedic, UX research in healthcare, Acme Corp"
          required
          data-autofocus
          maxLength={200}
          value={values.title}
          onChange={(event) => set('title', event.currentTarget.value)}
        />
        <Group grow align="flex-start">
          <NativeSelect
            label="Kind"
            data={KIND_OPTIONS}
            value={values.kind}
            onChange={(event) => set('kind', event.currentTarget.value as Values['kind'])}
          />
          <NativeSelect
            label="Status"
            data={STATUS_OPTIONS}
            value={values.status}
            onChange={(event) => set('status', event.currentTarget.value as Values['status'])}
          />
        </Group>
        <Textarea
          label="Key questions"
          description="One a line: what you most want insiders to tell you."
          placeholder={'What does a normal week look like?\nHow did people get started?'}
          autosize
          minRows={4}
          value={values.questions}
          onChange={(event) => set('questions', event.currentTarget.value)}
        />
        {error && (
          <Alert
            color={isApiError(error) && error.code === 'conflict' ? 'yellow' : 'red'}
            variant="light"
            role="alert"
          >
            {isApiError(error) && error.code === 'conflict'
              ? 'This exploration was changed elsewhere. Close this form to see the change; copy anything you typed first.'
              : error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={saving} disabled={!values.title.trim()}>
            {exploration ? 'Save changes' : 'Create exploration'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The form in a dialog; `editing` undefined means closed. */
export function ExplorationDialog({
  editing,
  onClose,
}: {
  editing: Exploration | null | undefined;
  onClose: () => void;
}) {
  return (
    <Modal
      opened={editing !== undefined}
      onClose={onClose}
      title={editing ? `Edit ${editing.title}` : 'New exploration'}
    >
      {editing !== undefined && <ExplorationForm exploration={editing} onClose={onClose} />}
    </Modal>
  );
}
