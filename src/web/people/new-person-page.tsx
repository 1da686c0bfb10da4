import { useState } from 'react';
import { Anchor, Breadcrumbs, Container, Stack, Title } from '@mantine/core';
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
          onCancel={() => void navigate('/people')}
          serverErrors={serverErrors}
          formError={formError}
          submitting={create.isPending}
          dirty={JSON.stringify(values) !== JSON.stringify(EMPTY)}
          tagSuggestions={tagSuggestions}
        />
      </Stack>
    </Container>
  );
}
