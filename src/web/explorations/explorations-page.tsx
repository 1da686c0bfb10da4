import { useState } from 'react';
import { Button, Container, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconRoute } from '@tabler/icons-react';
import type { Exploration } from '#core/interview-input';
import { useExplorations } from '../api/interviews.queries';
import { ErrorNotice } from '../pages/error-notice';
import { ExplorationCard } from './exploration-card';
import { ExplorationDialog } from './exploration-form';
import { PageEmptyState } from '../ui/page-empty-state';

/** What the user is finding out about, with the questions to answer and the interviews for each. */
export function ExplorationsPage() {
  const list = useExplorations();
  // undefined: no dialog; null: a new exploration; otherwise the one being edited.
  const [editing, setEditing] = useState<Exploration | null | undefined>(undefined);
  const explorations = list.data?.items ?? [];
  const newButton = (
    <Button leftSection={<IconPlus size={18} />} onClick={() => setEditing(null)}>
      New exploration
    </Button>
  );

  return (
    <Container size="lg" px={0}>
      <title>Explorations · Wayfinder</title>
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Title order={1}>Explorations</Title>
          {explorations.length > 0 && newButton}
        </Group>
        {list.isError && <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />}
        {list.isPending ? (
          <Skeleton h={200} />
        ) : explorations.length === 0 && list.isSuccess ? (
          <PageEmptyState
            icon={IconRoute}
            title="What are you curious about?"
            description="An exploration is a field, role, industry or organization you want to understand before deciding on it, with the questions you hope insiders can answer. Keeping two or more open at once makes the comparison honest."
          >
            {newButton}
          </PageEmptyState>
        ) : (
          <>
            <Text c="dimmed">
              {explorations.length === 1
                ? 'One path so far. A second one to compare it with makes your choice clearer.'
                : `${explorations.length} paths you are weighing.`}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {explorations.map((exploration) => (
                <ExplorationCard
                  key={exploration.id}
                  exploration={exploration}
                  onEdit={() => setEditing(exploration)}
                />
              ))}
            </SimpleGrid>
          </>
        )}
      </Stack>
      <ExplorationDialog editing={editing} onClose={() => setEditing(undefined)} />
    </Container>
  );
}
