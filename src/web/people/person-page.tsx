import { useState } from 'react';
import {
  Alert,
  Anchor,
  Avatar,
  Badge,
  Breadcrumbs,
  Button,
  Container,
  Grid,
  Group,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArchiveOff, IconPencil, IconTrash } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../api/client';
import { peopleKeys } from '../api/query-keys';
import { useDeletePerson, usePerson } from '../api/people.queries';
import {
  PersonInterviewsCard,
  PersonTimelineCard,
  StartInterviewButton,
} from '../interviews/person-interviews';
import { ErrorNotice } from '../pages/error-notice';
import { formatDay } from '../ui/format-time';
import { useTimeZone } from '../ui/use-time-zone';
import { DeletePersonDialog } from './delete-person-dialog';
import { useArchiveWithUndo } from './person-actions';
import {
  AddLink,
  ConnectionCard,
  ContactCard,
  DetailCard,
  IntroducedCard,
  TagsAndRecordCard,
} from './person-details';
import { RELATIONSHIP_COLORS, RELATIONSHIP_LABELS } from './relationship';

export function PersonPage() {
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const query = usePerson(id);
  const archive = useArchiveWithUndo();
  const remove = useDeletePerson();
  const [confirming, setConfirming] = useState(false);
  const queryClient = useQueryClient();
  const { timeZone } = useTimeZone();

  if (query.isError) {
    if (isApiError(query.error) && query.error.status === 404) {
      return (
        <Stack>
          <Title order={1}>Person not found</Title>
          <Text>
            They may have been deleted.{' '}
            <Anchor component={Link} to="/people">
              Back to People
            </Anchor>
          </Text>
        </Stack>
      );
    }
    return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  }
  const person = query.data;
  if (!person) return <Skeleton h={320} />;

  const role = [person.title, person.organization].filter(Boolean);
  const confirmDelete = () =>
    remove.mutate(person.id, {
      onSuccess: () => {
        setConfirming(false);
        notifications.show({ message: `${person.name} was deleted.` });
        void navigate('/people', { replace: true });
        queryClient.removeQueries({ queryKey: peopleKeys.detail(person.id) });
      },
      onError: (error) =>
        notifications.show({ color: 'red', title: 'Could not delete', message: error.message }),
    });

  return (
    <Container size="lg" px={0}>
      <title>{`${person.name} · Wayfinder`}</title>
      <Stack gap="lg">
        <Breadcrumbs>
          <Anchor component={Link} to="/people" size="sm">
            People
          </Anchor>
          <span>{person.name}</span>
        </Breadcrumbs>
        <Group justify="space-between" align="flex-start" gap="md">
          <Group gap="md" wrap="nowrap" align="center" style={{ minWidth: 0 }}>
            <Avatar name={person.name} color="initials" size={64} radius="xl" aria-hidden />
            <Stack gap={4} style={{ minWidth: 0 }}>
              <Title order={1} style={{ overflowWrap: 'anywhere' }}>
                {person.name}
              </Title>
              {role.length > 0 && (
                <Text c="dimmed">
                  {person.title}
                  {person.title && person.organization ? ' at ' : ''}
                  {person.organization && person.organizationId ? (
                    <Anchor
                      component={Link}
                      to={`/people?organizationId=${person.organizationId}`}
                      inherit
                    >
                      {person.organization}
                    </Anchor>
                  ) : (
                    person.organization
                  )}
                </Text>
              )}
              <Group gap={6}>
                {person.relationship && (
                  <Badge variant="light" color={RELATIONSHIP_COLORS[person.relationship]}>
                    {RELATIONSHIP_LABELS[person.relationship]}
                  </Badge>
                )}
                {person.location && (
                  <Text size="sm" c="dimmed">
                    {person.location}
                  </Text>
                )}
              </Group>
            </Stack>
          </Group>
          <Group gap="xs">
            <StartInterviewButton personId={person.id} />
            <Button
              leftSection={<IconPencil size={16} />}
              onClick={() => void navigate(`/people/${person.id}/edit`)}
            >
              Edit
            </Button>
            {person.archivedAt ? (
              <Button
                variant="default"
                leftSection={<IconArchiveOff size={16} />}
                onClick={() => archive.restore(person)}
                loading={archive.pending}
              >
                Restore
              </Button>
            ) : (
              <Button
                variant="default"
                leftSection={<IconArchive size={16} />}
                onClick={() => archive.archive(person)}
                loading={archive.pending}
              >
                Archive
              </Button>
            )}
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={() => setConfirming(true)}
            >
              Delete
            </Button>
          </Group>
        </Group>
        {person.archivedAt && (
          <Alert variant="light" color="gray" icon={<IconArchive size={18} />}>
            Archived on {formatDay(person.archivedAt, timeZone)}. Archived people stay out of your
            lists and searches until you restore them.
          </Alert>
        )}
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="md">
              <ContactCard person={person} />
              <ConnectionCard person={person} />
              <DetailCard title="Notes">
                {person.notes ? (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {person.notes}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed" fs="italic">
                    Nothing noted yet. What they do, what you want to ask them, what they told you.{' '}
                    <AddLink person={person}>Write a note</AddLink>
                  </Text>
                )}
              </DetailCard>
              <PersonTimelineCard personId={person.id} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="md">
              <PersonInterviewsCard personId={person.id} name={person.name} />
              <IntroducedCard person={person} />
              <TagsAndRecordCard person={person} />
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
      <DeletePersonDialog
        name={confirming ? person.name : null}
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onArchiveInstead={() => {
          setConfirming(false);
          archive.archive(person);
        }}
        onClose={() => setConfirming(false)}
      />
    </Container>
  );
}
