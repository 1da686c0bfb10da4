import { useEffect, useState } from 'react';
import {
  Badge,
  Button,
  Container,
  EmptyState,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconBuilding, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useOrganizationsList } from '../api/organizations.queries';
import { ErrorNotice } from '../pages/error-notice';
import classes from '../people/person-row.module.css';

/** Every organization someone in the network belongs to; each opens the People list filtered to it. */
export function OrganizationsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [q] = useDebouncedValue(text.trim(), 150);
  const list = useOrganizationsList(q);
  const organizations = list.data?.pages.flatMap((page) => page.items) ?? [];

  useEffect(() => {
    if ((params.get('q') ?? '') !== q) setParams(q ? { q } : {}, { replace: true });
  }, [q, params, setParams]);

  const noneAtAll = list.isSuccess && organizations.length === 0 && !q;

  return (
    <Container size="lg" px={0}>
      <title>Organizations · Wayfinder</title>
      <Stack gap="md">
        <Title order={1}>Organizations</Title>
        {!noneAtAll && (
          <TextInput
            label="Search organizations"
            placeholder="Employer, school or agency"
            leftSection={<IconSearch size={16} stroke={1.6} aria-hidden />}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            type="search"
            size="md"
          />
        )}
        {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
        {list.isPending ? (
          <Skeleton h={160} />
        ) : noneAtAll ? (
          <Paper withBorder p="xl">
            <EmptyState
              variant="light"
              icon={<IconBuilding size={28} stroke={1.5} />}
              title="No organizations yet"
              description="Organizations appear here on their own when you add people with an organization: the employers, schools and agencies in your network, and how many people you know at each."
            >
              <EmptyState.Actions>
                <Button
                  leftSection={<IconUserPlus size={18} />}
                  onClick={() => void navigate('/people/new')}
                >
                  Add a person
                </Button>
              </EmptyState.Actions>
            </EmptyState>
          </Paper>
        ) : organizations.length === 0 ? (
          <Text c="dimmed">No organization matches “{q}”.</Text>
        ) : (
          <Paper
            withBorder
            component="ul"
            aria-label="Organizations"
            p={0}
            m={0}
            style={{ listStyle: 'none', overflow: 'hidden' }}
          >
            {organizations.map((org) => (
              <li key={org.id} className={classes.item}>
                <UnstyledButton
                  component={Link}
                  to={`/people?organizationId=${org.id}`}
                  className={classes.row}
                >
                  <Group justify="space-between" wrap="nowrap">
                    <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                      <ThemeIcon variant="light" radius="xl" size={36} color="gray" aria-hidden>
                        <IconBuilding size={18} stroke={1.6} />
                      </ThemeIcon>
                      <Text fw={600} truncate>
                        {org.name}
                      </Text>
                    </Group>
                    <Badge variant="light" size="lg" tt="none" fw={500}>
                      {org.peopleCount} {org.peopleCount === 1 ? 'person' : 'people'}
                    </Badge>
                  </Group>
                </UnstyledButton>
              </li>
            ))}
          </Paper>
        )}
        {list.hasNextPage && (
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => void list.fetchNextPage()}
              loading={list.isFetchingNextPage}
            >
              Load more
            </Button>
          </Group>
        )}
      </Stack>
    </Container>
  );
}
