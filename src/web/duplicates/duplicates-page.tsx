import { useState } from 'react';
import { Anchor, Button, Container, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconCircleCheck } from '@tabler/icons-react';
import type { MergeChoices } from '#core/duplicates';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../api/client';
import type { DuplicateCandidate } from '../api/duplicates.api';
import {
  useDismissDuplicate,
  useDuplicates,
  useMergePeople,
  useUndoMerge,
} from '../api/duplicates.queries';
import { ErrorNotice } from '../pages/error-notice';
import { DuplicatePair } from './duplicate-pair';
import { PageEmptyState } from '../ui/page-empty-state';

const SHOWN = 20;
const pairKey = ({ people: [a, b] }: DuplicateCandidate) =>
  `${a.id}:${a.version}-${b.id}:${b.version}`;

/** Review of records that look like the same person: merge field by field, or say they differ. */
export function DuplicatesPage() {
  const navigate = useNavigate();
  const duplicates = useDuplicates();
  const merge = useMergePeople();
  const undo = useUndoMerge();
  const dismiss = useDismissDuplicate();
  const [busyPair, setBusyPair] = useState<string | null>(null);
  const items = duplicates.data?.items ?? [];

  const undoMerge = async (mergeId: number, name: string) => {
    notifications.hide(`merge-${mergeId}`);
    try {
      const { kept, restored } = await undo.mutateAsync(mergeId);
      notifications.show({
        color: 'teal',
        title: 'Merge undone',
        message: `${kept.name} and ${restored.name} are two people again.`,
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: `The merge into ${name} could not be undone`,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const mergePair = async (candidate: DuplicateCandidate, choose: MergeChoices) => {
    const [keep, other] = candidate.people;
    setBusyPair(pairKey(candidate));
    try {
      const { mergeId, person } = await merge.mutateAsync({
        keepId: keep.id,
        keepVersion: keep.version,
        otherId: other.id,
        otherVersion: other.version,
        choose,
      });
      notifications.show({
        id: `merge-${mergeId}`,
        color: 'teal',
        icon: <IconCircleCheck size={18} />,
        title: 'Merged',
        autoClose: 20000,
        message: (
          <Group gap="xs" justify="space-between" wrap="nowrap">
            <Text size="sm">
              {/* Notifications render outside the router, so the link navigates by hand. */}
              <Anchor
                href={`/people/${person.id}`}
                size="sm"
                onClick={(event) => {
                  // The notification stays, so the merge can be undone after a look at the result.
                  event.preventDefault();
                  void navigate(`/people/${person.id}`);
                }}
              >
                {person.name}
              </Anchor>{' '}
              now holds both records.
            </Text>
            <Button size="xs" variant="light" onClick={() => void undoMerge(mergeId, person.name)}>
              Undo
            </Button>
          </Group>
        ),
      });
    } catch (error) {
      const stale = isApiError(error) && error.status === 409;
      notifications.show({
        color: stale ? 'yellow' : 'red',
        title: stale ? 'One of them changed in the meantime' : 'The merge did not happen',
        message: stale
          ? 'Here is the latest of both. Check the choices and merge again.'
          : error instanceof Error
            ? error.message
            : String(error),
      });
    } finally {
      setBusyPair(null);
    }
  };

  const dismissPair = async (candidate: DuplicateCandidate) => {
    const [a, b] = candidate.people;
    setBusyPair(pairKey(candidate));
    try {
      await dismiss.mutateAsync([a.id, b.id]);
      notifications.show({
        title: 'Noted',
        message: `${a.name} and ${b.name} will not be suggested as duplicates again.`,
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'That did not save',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusyPair(null);
    }
  };

  return (
    <Container size="lg" px={0}>
      <title>Possible duplicates · Wayfinder</title>
      <Stack gap="md">
        <Anchor component={Link} to="/people" size="sm">
          <IconArrowLeft size={14} style={{ verticalAlign: -2 }} aria-hidden /> People
        </Anchor>
        <div>
          <Title order={1}>Possible duplicates</Title>
          <Text c="dimmed" mt={4}>
            Records that share an e-mail, a LinkedIn profile, or a name at the same organization.
            Merging makes them one person; nothing either of them holds is lost.
          </Text>
        </div>
        {duplicates.isError && (
          <ErrorNotice error={duplicates.error} onRetry={() => void duplicates.refetch()} />
        )}
        {duplicates.isPending ? (
          <Skeleton h={240} />
        ) : items.length === 0 && duplicates.isSuccess ? (
          <PageEmptyState
            icon={IconCircleCheck}
            title="No duplicates to review"
            description="Everyone in your network appears once. When an import or a new person looks like someone you already have, the pair shows up here."
          />
        ) : (
          <>
            <Text size="sm" aria-live="polite">
              {duplicates.data?.total === 1
                ? '1 pair to review'
                : `${duplicates.data?.total ?? items.length} pairs to review`}
              {items.length > SHOWN ? `, the first ${SHOWN} shown` : ''}
            </Text>
            {items.slice(0, SHOWN).map((candidate) => (
              <DuplicatePair
                key={pairKey(candidate)}
                candidate={candidate}
                busy={busyPair === pairKey(candidate)}
                onMerge={(choose) => void mergePair(candidate, choose)}
                onDismiss={() => void dismissPair(candidate)}
              />
            ))}
          </>
        )}
      </Stack>
    </Container>
  );
}
