import { useState } from 'react';
import { Anchor, Breadcrumbs, Container, Skeleton, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import type { Person, PersonDetail } from '#core/person';
import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../api/client';
import { usePerson, useUpdatePerson } from '../api/people.queries';
import { peopleKeys } from '../api/query-keys';
import { ErrorNotice } from '../pages/error-notice';
import { ConflictDialog } from './conflict-dialog';
import { PersonForm } from './person-form';
import {
  changedFields,
  issuesToErrors,
  toFormValues,
  type FieldErrors,
} from './person-form-values';
import { useTagSuggestions } from './use-tag-suggestions';

export function EditPersonPage() {
  const id = Number(useParams().id);
  const person = usePerson(id);
  if (person.isError) return <ErrorNotice error={person.error} />;
  if (!person.data) return <Skeleton h={400} />;
  // Keyed by id so the form starts from this person's values exactly once.
  return <EditPerson key={id} person={person.data} />;
}

function conflictCurrent(error: unknown): Person | null {
  if (!isApiError(error) || error.code !== 'conflict') return null;
  const details = error.details as { current?: Person } | undefined;
  return details?.current ?? null;
}

function EditPerson({ person }: { person: PersonDetail }) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const update = useUpdatePerson(person.id);
  const tagSuggestions = useTagSuggestions();
  // The version and values the edit is based on; they move only on Reload, never behind the user's back.
  const [base, setBase] = useState(() => ({
    version: person.version,
    values: toFormValues(person),
  }));
  const [values, setValues] = useState(base.values);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Person | null>(null);
  const changes = changedFields(base.values, values);
  const dirty = Object.keys(changes).length > 0;

  const save = (version: number) => {
    setFormError(null);
    update.mutate(
      { version, changes },
      {
        onSuccess: (saved) => {
          setConflict(null);
          notifications.show({
            color: 'teal',
            title: 'Saved',
            message: `Your changes to ${saved.name} are saved.`,
          });
          void navigate(`/people/${saved.id}`);
        },
        onError: (error) => {
          const current = conflictCurrent(error);
          if (current) setConflict(current);
          else if (isApiError(error) && error.code === 'conflict') setFormError(error.message);
          else if (isApiError(error) && error.issues.length > 0)
            setServerErrors(issuesToErrors(error.issues, values));
          else setFormError(error.message);
        },
      },
    );
  };

  const reload = () => {
    if (!conflict) return;
    const fresh = toFormValues(conflict);
    setBase({ version: conflict.version, values: fresh });
    setValues(fresh);
    setServerErrors({});
    queryClient.setQueryData<PersonDetail>(peopleKeys.detail(conflict.id), (old) =>
      old ? { ...old, ...conflict } : old,
    );
    void queryClient.invalidateQueries({ queryKey: peopleKeys.detail(conflict.id) });
    setConflict(null);
    notifications.show({
      title: 'Reloaded',
      message: 'You are now looking at the latest saved version.',
    });
  };

  return (
    <Container size="md" px={0}>
      <title>{`Edit ${person.name} · Wayfinder`}</title>
      <Stack gap="md">
        <Breadcrumbs>
          <Anchor component={Link} to="/people" size="sm">
            People
          </Anchor>
          <Anchor component={Link} to={`/people/${person.id}`} size="sm">
            {person.name}
          </Anchor>
          <span>Edit</span>
        </Breadcrumbs>
        <Title order={1}>Edit {base.values.name}</Title>
        <PersonForm
          values={values}
          onChange={setValues}
          onSubmit={() => (dirty ? save(base.version) : void navigate(`/people/${person.id}`))}
          onCancel={() => void navigate(`/people/${person.id}`)}
          serverErrors={serverErrors}
          formError={formError}
          submitting={update.isPending && !conflict}
          dirty={dirty}
          personId={person.id}
          initialIntroducer={person.introducedBy}
          tagSuggestions={tagSuggestions}
        />
      </Stack>
      <ConflictDialog
        current={conflict}
        base={base.values}
        mine={values}
        busy={update.isPending}
        onReload={reload}
        onOverwrite={() => conflict && save(conflict.version)}
        onClose={() => setConflict(null)}
      />
    </Container>
  );
}
