import { Anchor, Badge, Paper, Table, Text } from '@mantine/core';
import type { Exploration } from '#core/interview-input';
import type { InterviewListItem } from '#core/interview-view';
import { Link } from 'react-router';
import type { Clock } from '../ui/use-time-zone';
import { STAGE_COLORS, STAGE_LABELS, stageAge } from './stage-words';

type Props = {
  interviews: InterviewListItem[];
  explorations: ReadonlyMap<number, Exploration>;
  clock: Clock;
};

/** The same interviews as rows, for scanning and comparing; scrolls sideways on a phone. */
export function InterviewTable({ interviews, explorations, clock }: Props) {
  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={720}>
        <Table striped highlightOnHover verticalSpacing="sm" aria-label="Interviews">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Person</Table.Th>
              <Table.Th>Organization</Table.Th>
              <Table.Th>Stage</Table.Th>
              <Table.Th>Explorations</Table.Th>
              <Table.Th>Introduced by</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {interviews.map((interview) => (
              <Table.Tr key={interview.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/interviews/${interview.id}`} fw={600} size="sm">
                    {interview.person.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{interview.person.organization ?? '—'}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={STAGE_COLORS[interview.stage]}>
                    {STAGE_LABELS[interview.stage]}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {stageAge(interview, clock)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {interview.explorationIds
                    .map((id) => explorations.get(id)?.title ?? 'Exploration')
                    .join(', ') || '—'}
                </Table.Td>
                <Table.Td>
                  {interview.introducer ? (
                    <Anchor component={Link} to={`/people/${interview.introducer.id}`} size="sm">
                      {interview.introducer.name}
                    </Anchor>
                  ) : (
                    '—'
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
