import { useState } from 'react';
import { Button, Group, NativeSelect, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { Exploration } from '#core/interview-input';
import { useCreateExploration } from '../api/interviews.queries';
import { KIND_OPTIONS } from '../explorations/exploration-words';

/** Creates an exploration without leaving the form it is needed in; key questions can come later. */
export function QuickExploration({ onCreated }: { onCreated: (exploration: Exploration) => void }) {
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<Exploration['kind']>('field');
  const create = useCreateExploration();
  const submit = () => {
    if (!title.trim()) return;
    create.mutate(
      { title: title.trim(), kind },
      {
        onSuccess: (exploration) => {
          setTitle('');
          onCreated(exploration);
        },
      },
    );
  };
  return (
    <Group align="flex-end" gap="xs" wrap="wrap">
      <TextInput
        label="New exploration"
        placeholder="e.g. UX research in healthcare"
        value={title}
        onChange={(event) => setTitle(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            submit();
          }
        }}
        error={create.error?.message}
        style={{ flex: '1 1 220px' }}
      />
      <NativeSelect
        label="Kind"
        data={KIND_OPTIONS}
        value={kind}
        onChange={(event) => setKind(event.currentTarget.value as Exploration['kind'])}
      />
      <Button
        variant="default"
        leftSection={<IconPlus size={16} />}
        onClick={submit}
        loading={create.isPending}
        disabled={!title.trim()}
      >
        Add
      </Button>
    </Group>
  );
}
