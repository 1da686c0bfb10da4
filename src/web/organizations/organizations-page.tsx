import { useEffect, useState } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Container,
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
import { IconBuilding, IconSearch, IconTarget, IconUserPlus } from '@tabler/icons-react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useOrganizationsList } from '../api/organizations.queries';
import { useTargets } from '../api/targets.queries';
import { ErrorNotice } from '../pages/error-notice';
import classes from '../people/person-row.module.css';
import { TargetsSection, useTargetDialog } from './targets-section';
import { WhoSearch } from './who-search';
import { PageEmptyState } from '../ui/page-empty-state';

/**
 * Organizations and targets: the targets to work on first, "who do I know there?" by role or
 * field, and every organization someone in the network belongs to, each opening its own page.
 */
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
  const dialog = useTargetDialog();
  const targets = useTargets();
  const targeted = new Set(targets.data?.map((target) => target.organizationId));
  const makeTarget = (org: { id: number; name: string }) =>
    dialog.open({ kind: 'organization', organization: org.name, organizationId: org.id });

  return (
    <Container size="lg" px={0}>
      <title>Organizations · Wayfinder</title>
      <Stack gap="lg">
        <Title order={1}>Organizations &amp; targets</Title>
        <TargetsSection onAdd={() => dialog.open()} />
        {!noneAtAll && <WhoSearch />}
        <Title order={2} size="h3" mb={-8}>
          Organizations
        </Title>
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
          <PageEmptyState
            icon={IconBuilding}
            title="No organizations yet"
            description="Organizations appear here on their own when you add people with an organization: the employers, schools and agencies in your network, and how many people you know at each."
          >
            <Button
              leftSection={<IconUserPlus size={18} />}
              onClick={() => void navigate('/people/new')}
            >
              Add a person
            </Button>
          </PageEmptyState>
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
                <Group wrap="nowrap" gap={0}>
                  <UnstyledButton
                    component={Link}
                    to={`/organizations/${org.id}`}
                    className={classes.row}
                    style={{ flex: 1, minWidth: 0 }}
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
                      <Badge variant="light" size="lg" tt="none" fw={500} style={{ flexShrink: 0 }}>
                        {org.peopleCount} {org.peopleCount === 1 ? 'person' : 'people'}
                      </Badge>
                    </Group>
                  </UnstyledButton>
                  <Group px="sm" style={{ flexShrink: 0 }}>
                    {targeted.has(org.id) ? (
                      <Badge variant="outline" leftSection={<IconTarget size={12} />}>
                        Target
                      </Badge>
                    ) : (
                      <>
                        <Button
                          visibleFrom="sm"
                          size="compact-sm"
                          variant="subtle"
                          color="gray"
                          leftSection={<IconTarget size={16} />}
                          aria-label={`Make ${org.name} a target`}
                          onClick={() => makeTarget(org)}
                        >
                          Make it a target
                        </Button>
                        <ActionIcon
                          hiddenFrom="sm"
                          variant="subtle"
                          color="gray"
                          aria-label={`Make ${org.name} a target`}
                          onClick={() => makeTarget(org)}
                        >
                          <IconTarget size={18} />
                        </ActionIcon>
                      </>
                    )}
                  </Group>
                </Group>
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
      {dialog.modal}
    </Container>
  );
}
