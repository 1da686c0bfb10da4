import { useState } from 'react';
import {
  Anchor,
  Breadcrumbs,
  Button,
  Container,
  Group,
  Skeleton,
  Stack,
  Title,
} from '@mantine/core';
import type { PersonDetail } from '#core/person';
import { Link, useNavigate, useParams } from 'react-router';
import { usePerson } from '../api/people.queries';
import { ErrorNotice } from '../pages/error-notice';
import { AutosaveStatus } from './autosave-status';
import { ConflictDialog } from './conflict-dialog';
import { PersonForm } from './person-form';
import { useTagSuggestions } from './use-tag-suggestions';
import { usePersonAutosave } from './use-person-autosave';

export function EditPersonPage() {
  const id = Number(useParams().id);
  const person = usePerson(id);
  if (person.isError) return <ErrorNotice error={person.error} />;
  if (!person.data) return <Skeleton h={400} />;
  // Keyed by id so the form starts from this person's values exactly once; later refetches
  // (after each autosave) must not move text under the user's cursor.
  return <EditPerson key={id} person={person.data} />;
}

const focusFirstProblem = () =>
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus(),
  );

/** Editing saves itself (PRODUCT.md: nothing to save by hand); Done only waits for the last save. */
function EditPerson({ person }: { person: PersonDetail }) {
  const navigate = useNavigate();
  const tagSuggestions = useTagSuggestions();
  const autosave = usePersonAutosave(person);
  const [leaving, setLeaving] = useState(false);
  const { state } = autosave;

  const done = async () => {
    setLeaving(true);
    const saved = await autosave.settle();
    setLeaving(false);
    if (saved) void navigate(`/people/${person.id}`);
    else focusFirstProblem();
  };

  return (
    <Container size="md" px={0}>
      <title>{`Edit ${autosave.base.values.name} · Wayfinder`}</title>
      <Stack gap="md">
        <Breadcrumbs>
          <Anchor component={Link} to="/people" size="sm">
            People
          </Anchor>
          <Anchor component={Link} to={`/people/${person.id}`} size="sm">
            {autosave.base.values.name}
          </Anchor>
          <span>Edit</span>
        </Breadcrumbs>
        <Title order={1}>Edit {autosave.base.values.name}</Title>
        <PersonForm
          values={autosave.values}
          onChange={autosave.change}
          onSubmit={autosave.flush}
          onFieldBlur={autosave.flush}
          revealErrors={autosave.revealed}
          serverErrors={state.kind === 'failed' ? state.fieldErrors : undefined}
          personId={person.id}
          initialIntroducer={person.introducedBy}
          tagSuggestions={tagSuggestions}
          footer={
            <Group
              justify="space-between"
              wrap="nowrap"
              pos="sticky"
              bottom={0}
              py="sm"
              className="wf-autosave-bar"
            >
              <AutosaveStatus state={state} onRetry={autosave.flush} />
              <Button onClick={() => void done()} loading={leaving}>
                Done
              </Button>
            </Group>
          }
        />
      </Stack>
      <ConflictDialog
        current={autosave.conflict}
        base={autosave.base.values}
        mine={autosave.values}
        busy={state.kind === 'saving'}
        onReload={autosave.reload}
        onOverwrite={autosave.overwrite}
        onClose={autosave.dismiss}
      />
    </Container>
  );
}
