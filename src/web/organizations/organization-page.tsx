import {
  Anchor,
  Badge,
  Button,
  Container,
  Group,
  Rating,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowLeft, IconTarget, IconUsers } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/client';
import { useOrganization } from '../api/organizations.queries';
import { useTargets, useWhoDoIKnow } from '../api/targets.queries';
import { ErrorNotice } from '../pages/error-notice';
import { NotFoundPage } from '../pages/not-found-page';
import { useTargetDialog } from './targets-section';
import { POSTING_OPTIONS } from './target-words';
import { WhoLists } from './who-lists';

/** One organization: whether it is a target, who the user knows there and who could introduce them. */
export function OrganizationPage() {
  const id = Number(useParams().id);
  const organization = useOrganization(id);
  const who = useWhoDoIKnow({ organizationId: id }, id > 0);
  const targets = useTargets();
  const dialog = useTargetDialog();
  const target = targets.data?.find((t) => t.kind === 'organization' && t.organizationId === id);

  if (organization.isError && isApiError(organization.error) && organization.error.status === 404)
    return <NotFoundPage />;
  const org = organization.data;

  return (
    <Container size="lg" px={0}>
      <title>{`${org?.name ?? 'Organization'} · Wayfinder`}</title>
      <Stack gap="md">
        <Anchor component={Link} to="/organizations" size="sm">
          <IconArrowLeft size={14} style={{ verticalAlign: -2 }} aria-hidden /> Organizations
        </Anchor>
        {organization.isError && (
          <ErrorNotice error={organization.error} onRetry={() => void organization.refetch()} />
        )}
        {!org ? (
          <Skeleton h={80} />
        ) : (
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={1}>{org.name}</Title>
              <Text c="dimmed" mt={4}>
                {org.peopleCount === 1 ? '1 person' : `${org.peopleCount} people`} in your network{' '}
                {org.peopleCount > 0 && (
                  <Anchor component={Link} to={`/people?organizationId=${org.id}`}>
                    <IconUsers size={14} style={{ verticalAlign: -2 }} aria-hidden /> see them in
                    People
                  </Anchor>
                )}
              </Text>
            </div>
            {target ? (
              <Stack gap={4} align="flex-end">
                <Badge
                  variant={target.top ? 'filled' : 'light'}
                  leftSection={<IconTarget size={14} />}
                >
                  Target #{target.rank}
                  {target.top ? ', start with this one' : ''}
                </Badge>
                <Group gap={6}>
                  <Rating
                    value={target.motivation}
                    readOnly
                    size="sm"
                    aria-label={`Motivation ${target.motivation} of 5`}
                  />
                  <Text size="xs" c="dimmed">
                    posting: {POSTING_OPTIONS[target.posting]?.label.toLowerCase()}
                  </Text>
                </Group>
                <Anchor component={Link} to="/organizations" size="xs">
                  Change on the targets list
                </Anchor>
              </Stack>
            ) : (
              <Button
                variant="light"
                leftSection={<IconTarget size={18} />}
                onClick={() =>
                  dialog.open({
                    kind: 'organization',
                    organization: org.name,
                    organizationId: org.id,
                  })
                }
                disabled={!targets.isSuccess}
              >
                Make it a target
              </Button>
            )}
          </Group>
        )}
        <Title order={2} size="h3" mt="sm">
          Who do I know there?
        </Title>
        {who.isError && <ErrorNotice error={who.error} onRetry={() => void who.refetch()} />}
        {who.data ? (
          <WhoLists
            answer={who.data}
            where={`at ${org?.name ?? 'this organization'}`}
            headingLevel={3}
            emptyPeople="No one yet. When you add someone who works here, they appear here."
          />
        ) : (
          who.isPending && <Skeleton h={160} />
        )}
      </Stack>
      {dialog.modal}
    </Container>
  );
}
