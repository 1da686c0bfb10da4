import { useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconArrowMerge, IconUsersGroup } from '@tabler/icons-react';
import type { MergeChoices } from '#core/duplicates';
import type { Person } from '#core/person';
import { Link } from 'react-router';
import type { DuplicateCandidate } from '../api/duplicates.api';
import { FieldValue } from './field-value';
import { FIELD_LABELS, defaultChoices, differingFields, reasonText } from './merge-fields';

type Props = {
  candidate: DuplicateCandidate;
  busy: boolean;
  onMerge: (choose: MergeChoices) => void;
  onDismiss: () => void;
};

const SOURCES: Record<string, string> = {
  manual: 'added by hand',
  linkedin: 'from LinkedIn',
  google: 'from Google',
  outlook: 'from Outlook',
  thunderbird: 'from Thunderbird',
  vcard: 'from a vCard',
  wayfinder: 'from a Wayfinder file',
};
const sourceText = (source: string) => SOURCES[source] ?? `from ${source}`;

function Summary({ person, label }: { person: Person; label: string }) {
  const role = [person.title, person.organization].filter(Boolean).join(' · ');
  const lists = [...person.emails, ...person.phones];
  return (
    <Paper withBorder p="sm" radius="md" aria-label={label} component="section">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Anchor component={Link} to={`/people/${person.id}`} fw={600}>
        {person.name}
      </Anchor>
      {role && <Text size="sm">{role}</Text>}
      {lists.length > 0 && (
        <Text size="sm" c="dimmed" style={{ wordBreak: 'break-word' }}>
          {lists.join(' · ')}
        </Text>
      )}
      <Group gap={4} mt={4}>
        {person.source && (
          <Badge size="sm" variant="default">
            {sourceText(person.source)}
          </Badge>
        )}
        {person.tags.map((tag) => (
          <Badge key={tag} size="sm" variant="light" color="gray">
            #{tag}
          </Badge>
        ))}
        {person.notes && (
          <Badge size="sm" variant="light" color="gray">
            has notes
          </Badge>
        )}
      </Group>
    </Paper>
  );
}

/** Two records that look like one person, side by side, with a choice for every field they disagree on. */
export function DuplicatePair({ candidate, busy, onMerge, onDismiss }: Props) {
  const [keep, other] = candidate.people;
  const fields = differingFields(keep, other);
  const [choices, setChoices] = useState<MergeChoices>(() => defaultChoices(keep, other));
  const titleId = `pair-${keep.id}-${other.id}`;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id={titleId}>
            {keep.name} and {other.name}
          </Title>
          <Group gap={6} mt={4}>
            {candidate.reasons.map((reason) => (
              <Badge
                key={`${reason.kind}:${reason.value}`}
                variant="light"
                color="yellow"
                tt="none"
              >
                {reasonText(reason, candidate.people)}
              </Badge>
            ))}
          </Group>
        </div>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Summary person={keep} label="First record" />
          <Summary person={other} label="Second record" />
        </SimpleGrid>
        {fields.length > 0 && (
          <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" fw={600} size="sm" p={0}>
              Where they differ, keep
            </Text>
            {fields.map((field) => (
              <Radio.Group
                key={field}
                label={FIELD_LABELS[field]}
                value={choices[field]}
                onChange={(value) =>
                  setChoices((old) => ({ ...old, [field]: value as 'keep' | 'other' }))
                }
              >
                {/* Two columns under the two records, so each value sits below its source. */}
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing={6} mt={4}>
                  <Radio value="keep" label={<FieldValue person={keep} field={field} />} />
                  <Radio value="other" label={<FieldValue person={other} field={field} />} />
                </SimpleGrid>
              </Radio.Group>
            ))}
          </Stack>
        )}
        <Text size="sm" c="dimmed">
          E-mails, phone numbers, tags and notes of both are kept, and so is everything linked to
          either of them. You can undo a merge.
        </Text>
        <Group gap="sm">
          <Button
            leftSection={<IconArrowMerge size={18} />}
            loading={busy}
            onClick={() => onMerge(choices)}
          >
            Merge
          </Button>
          <Button
            variant="default"
            leftSection={<IconUsersGroup size={18} />}
            disabled={busy}
            onClick={onDismiss}
          >
            Not the same person
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
