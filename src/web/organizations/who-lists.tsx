import { Anchor, Avatar, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { WhoDoIKnow } from '../api/targets.api';
import { PersonRow } from '../people/person-row';
import { RELATIONSHIP_COLORS, RELATIONSHIP_LABELS } from '../people/relationship';
import classes from '../people/person-row.module.css';

const names = (people: { name: string }[]) =>
  people.length <= 1
    ? (people[0]?.name ?? '')
    : `${people
        .slice(0, -1)
        .map((p) => p.name)
        .join(', ')} and ${people[people.length - 1]!.name}`;

function Empty({ children }: { children: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {children}
      </Text>
    </Paper>
  );
}

type Props = { answer: WhoDoIKnow; where: string; emptyPeople: string; headingLevel?: 2 | 3 };

/** "Who do I know there?": the people there, warmest first, and the people who could introduce you. */
export function WhoLists({ answer, where, emptyPeople, headingLevel = 2 }: Props) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <section aria-label={`People you know ${where}`}>
        <Title order={headingLevel} size="h4" mb="xs">
          People you know {where}
        </Title>
        {answer.people.length === 0 ? (
          <Empty>{emptyPeople}</Empty>
        ) : (
          <Paper
            withBorder
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none', overflow: 'hidden' }}
          >
            {answer.people.map((person) => (
              <PersonRow key={person.id} person={person} />
            ))}
          </Paper>
        )}
      </section>
      <section aria-label="Could introduce you">
        <Title order={headingLevel} size="h4" mb="xs">
          Could introduce you
        </Title>
        {answer.introducers.length === 0 ? (
          <Empty>
            No one has introduced you to any of them yet. Ask the people you know whom else they
            would suggest talking to: an introduction makes a yes far more likely.
          </Empty>
        ) : (
          <Paper
            withBorder
            component="ul"
            p={0}
            m={0}
            style={{ listStyle: 'none', overflow: 'hidden' }}
          >
            {answer.introducers.map(({ person, knows }) => (
              <li key={person.id} className={classes.item}>
                <Group wrap="nowrap" gap="sm" p="sm">
                  <Avatar name={person.name} color="initials" radius="xl" size={38} aria-hidden />
                  <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                    <Group gap={6}>
                      <Anchor component={Link} to={`/people/${person.id}`} fw={600}>
                        {person.name}
                      </Anchor>
                      {person.relationship && (
                        <Badge
                          size="sm"
                          variant="light"
                          color={RELATIONSHIP_COLORS[person.relationship]}
                        >
                          {RELATIONSHIP_LABELS[person.relationship]}
                        </Badge>
                      )}
                    </Group>
                    <Text size="sm" c="dimmed">
                      Introduced you to {names(knows)}
                    </Text>
                  </Stack>
                </Group>
              </li>
            ))}
          </Paper>
        )}
      </section>
    </SimpleGrid>
  );
}
