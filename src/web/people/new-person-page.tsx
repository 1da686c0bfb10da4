import { useState } from 'react';
import { Anchor, Breadcrumbs, Button, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useWindowEvent } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../api/client';
import { useCreatePerson } from '../api/people.queries';
import { PersonForm } from './person-form';
import { issuesToErrors, toFormValues, toPersonBody, type FieldErrors } from './person-form-values';
import { useTagSuggestions } from './use-tag-suggestions';

const EMPTY = toFormValues();

export function NewPersonPage() {
  const navigate = useNavigate();
  const create = useCreatePerson();
  const [values, setValues] = useState(EMPTY);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const tagSuggestions = useTagSuggestions();
  const dirty = JSON.stringify(values) !== JSON.stringify(EMPTY);

  // Nothing exists to autosave into until the first Save, so leaving with typed details asks first.
  useWindowEvent('beforeunload', (event) => {
    if (dirty && !create.isPending) event.preventDefault();
  });

  const save = () => {
    setFormError(null);
    create.mutate(toPersonBody(values), {
      onSuccess: (person) => {
        notifications.show({
          color: 'teal',
          title: 'Added',
          message: `${person.name} is now in your network.`,
        });
        void navigate(`/people/${person.id}`, { replace: true });
      },
      onError: (error) => {
        if (isApiError(error) && error.issues.length > 0)
          setServerErrors(issuesToErrors(error.issues, values));
        else setFormError(error.message);
      },
    });
  };

  return (
    <Container size="md" px={0}>
      <title>Add a person · Wayfinder</title>
      <Stack gap="md">
        <Breadcrumbs>
          <Anchor component={Link} to="/people" size="sm">
            People
          </Anchor>
          <span>New</span>
        </Breadcrumbs>
        <Title order={1}>Add a person</Title>
        <PersonForm
          values={values}
          onChange={setValues}
          onSubmit={save}
          serverErrors={serverErrors}
          formError={formError}
          tagSuggestions={tagSuggestions}
          footer={
            <Group justify="space-between">
              <Text size="sm" c="dimmed">
                {dirty ? 'Not saved yet' : 'A name is enough to start'}
              </Text>
              <Group>
                <Button variant="default" onClick={() => void navigate('/people')}>
                  Cancel
                </Button>
                <Button type="submit" loading={create.isPending}>
                  Save
                </Button>
              </Group>
            </Group>
          }
        />
      </Stack>
    </Container>
  );
}
