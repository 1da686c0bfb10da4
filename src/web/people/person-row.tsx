import { Avatar, Badge, Box, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import type { Person } from '#core/person';
import { Link } from 'react-router';
import { RELATIONSHIP_COLORS, RELATIONSHIP_LABELS } from './relationship';
import classes from './person-row.module.css';

type Props = {
  person: Person;
  /** The row the keyboard highlight is on (ArrowUp/ArrowDown in the People list). */
  highlighted?: boolean;
  onPointerEnter?: () => void;
};

/** One person in a list: a link with name, role, relationship and tags, readable on a phone. */
export function PersonRow({ person, highlighted = false, onPointerEnter }: Props) {
  const role = [person.title, person.organization].filter(Boolean).join(' · ');
  return (
    <li className={classes.item}>
      <UnstyledButton
        component={Link}
        to={`/people/${person.id}`}
        className={classes.row}
        data-highlighted={highlighted || undefined}
        data-archived={person.archivedAt ? true : undefined}
        aria-current={highlighted ? 'true' : undefined}
        onPointerEnter={onPointerEnter}
      >
        <Group wrap="nowrap" gap="sm" align="center">
          <Avatar name={person.name} color="initials" radius="xl" size={38} aria-hidden />
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Group gap={6} wrap="nowrap">
              <Text fw={600} truncate>
                {person.name}
              </Text>
              {person.archivedAt && (
                <Badge size="xs" variant="outline" color="gray">
                  Archived
                </Badge>
              )}
            </Group>
            {role && (
              <Text size="sm" c="dimmed" truncate>
                {role}
              </Text>
            )}
          </Stack>
          <Box className={classes.meta}>
            <Group gap={4} justify="flex-end" wrap="wrap">
              {person.relationship && (
                <Badge variant="light" color={RELATIONSHIP_COLORS[person.relationship]} size="sm">
                  {RELATIONSHIP_LABELS[person.relationship]}
                </Badge>
              )}
              {person.tags.slice(0, 3).map((tag) => (
                <Badge key={tag} variant="default" size="sm" tt="none" fw={500}>
                  #{tag}
                </Badge>
              ))}
              {person.tags.length > 3 && (
                <Text size="xs" c="dimmed">
                  +{person.tags.length - 3}
                </Text>
              )}
            </Group>
          </Box>
        </Group>
      </UnstyledButton>
    </li>
  );
}
