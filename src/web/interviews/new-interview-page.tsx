import { useState } from 'react';
import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Container,
  Group,
  MultiSelect,
  Paper,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCreateInterview, useExplorations } from '../api/interviews.queries';
import { usePerson } from '../api/people.queries';
import { IntroducerSelect } from '../people/introducer-select';
import { ComboboxField } from '../ui/combobox-field';
import { QuickExploration } from './quick-exploration';

/** Starts an interview: whom to talk with, and what the user hopes to learn about. */
export function NewInterviewPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const givenId = Number(params.get('personId'));
  const given = usePerson(givenId);
  const [chosenId, setPersonId] = useState<number | null>(givenId > 0 ? givenId : null);
  // An address naming someone who is not (or no longer) there leaves the choice open.
  const personId = chosenId === givenId && given.isError ? null : chosenId;
  const [explorationIds, setExplorationIds] = useState<string[]>([]);
  const explorations = useExplorations();
  const create = useCreateInterview();
  const waitingForGiven = givenId > 0 && given.isPending;

  const submit = () => {
    if (personId === null) return;
    create.mutate(
      { personId, explorationIds: explorationIds.map(Number) },
      { onSuccess: (interview) => void navigate(`/interviews/${interview.id}`) },
    );
  };

  return (
    <Container size="sm" px={0}>
      <title>New interview · Wayfinder</title>
      <Stack gap="lg">
        <Breadcrumbs>
          <Anchor component={Link} to="/interviews" size="sm">
            Interviews
          </Anchor>
          <span>New</span>
        </Breadcrumbs>
        <div>
          <Title order={1}>New interview</Title>
          <Text c="dimmed" mt={4}>
            Pick someone whose work you would like to hear about. You will write the request next.
          </Text>
        </div>
        <Paper
          withBorder
          p="md"
          component="form"
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap="md">
            {waitingForGiven ? (
              <Skeleton h={60} />
            ) : (
              <ComboboxField label="Person">
                {(field) => (
                  <IntroducerSelect
                    {...field}
                    placeholder="Search your network by name"
                    value={personId}
                    initial={given.data ? { id: given.data.id, name: given.data.name } : null}
                    onChange={setPersonId}
                    description={
                      <>
                        Not in your network yet?{' '}
                        <Anchor component={Link} to="/people/new" size="xs">
                          Add them first
                        </Anchor>
                      </>
                    }
                  />
                )}
              </ComboboxField>
            )}
            <ComboboxField label="Explorations">
              {(field) => (
                <MultiSelect
                  {...field}
                  placeholder={
                    explorations.data?.items.length ? 'What this conversation is for' : undefined
                  }
                  description="The fields, roles or organizations this conversation helps you learn about."
                  data={(explorations.data?.items ?? []).map((e) => ({
                    value: String(e.id),
                    label: e.title,
                  }))}
                  value={explorationIds}
                  onChange={setExplorationIds}
                  searchable
                  clearable
                  nothingFoundMessage="None by that name; add it below"
                />
              )}
            </ComboboxField>
            <QuickExploration
              onCreated={(exploration) =>
                setExplorationIds((ids) => [...ids, String(exploration.id)])
              }
            />
            {create.isError && (
              <Alert
                color="red"
                variant="light"
                icon={<IconAlertTriangle size={18} />}
                role="alert"
              >
                {create.error.message}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" component={Link} to="/interviews">
                Cancel
              </Button>
              <Button type="submit" disabled={personId === null} loading={create.isPending}>
                Create interview
              </Button>
            </Group>
          </Stack>
        </Paper>
      </Stack>
    </Container>
  );
}
