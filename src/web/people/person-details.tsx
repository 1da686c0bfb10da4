import type { ReactNode } from 'react';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconBrandLinkedin, IconMail, IconPhone } from '@tabler/icons-react';
import type { PersonDetail } from '#core/person';
import { Link } from 'react-router';
import { formatDay } from '../ui/format-time';
import { useTimeZone } from '../ui/use-time-zone';
import { RELATIONSHIP_LABELS } from './relationship';

export function DetailCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

const None = ({ children }: { children: ReactNode }) => (
  <Text size="sm" c="dimmed" fs="italic">
    {children}
  </Text>
);

export function ContactCard({ person }: { person: PersonDetail }) {
  const empty = person.emails.length === 0 && person.phones.length === 0 && !person.linkedinUrl;
  return (
    <DetailCard title="Contact">
      {empty ? (
        <None>
          No email, phone or LinkedIn profile yet.{' '}
          <AddLink person={person}>Add one when you have it</AddLink>
        </None>
      ) : (
        <Stack gap={6}>
          {person.emails.map((email) => (
            <Group key={email} gap={8} wrap="nowrap">
              <IconMail size={16} stroke={1.6} aria-hidden />
              <Anchor href={`mailto:${email}`} size="sm" style={{ wordBreak: 'break-all' }}>
                {email}
              </Anchor>
            </Group>
          ))}
          {person.phones.map((phone) => (
            <Group key={phone} gap={8} wrap="nowrap">
              <IconPhone size={16} stroke={1.6} aria-hidden />
              <Anchor href={`tel:${phone.replace(/[^\d+]/g, '')}`} size="sm">
                {phone}
              </Anchor>
            </Group>
          ))}
          {person.linkedinUrl && (
            <Group gap={8} wrap="nowrap">
              <IconBrandLinkedin size={16} stroke={1.6} aria-hidden />
              <Anchor
                href={person.linkedinUrl}
                target="_blank"
                rel="noopener noreferrer"
                size="sm"
                style={{ wordBreak: 'break-all' }}
              >
                LinkedIn profile
              </Anchor>
            </Group>
          )}
        </Stack>
      )}
    </DetailCard>
  );
}

/** A quiet link to the edit page, where the empty detail can be filled in. */
export function AddLink({ person, children }: { person: PersonDetail; children: ReactNode }) {
  return (
    <Anchor component={Link} to={`/people/${person.id}/edit`} size="sm" fs="normal">
      {children}
    </Anchor>
  );
}

export function ConnectionCard({ person }: { person: PersonDetail }) {
  const { relationship, introducedBy, howMet } = person;
  // Only what is known is listed; blank rows of dashes read like a form left unfinished.
  if (!relationship && !introducedBy && !howMet) {
    return (
      <DetailCard title="How you know them">
        <None>
          Not noted yet. Where you met and who introduced you make a warm reminder when you reach
          out. <AddLink person={person}>Add how you know them</AddLink>
        </None>
      </DetailCard>
    );
  }
  return (
    <DetailCard title="How you know them">
      <Stack gap="sm">
        {relationship && (
          <Field label="Relationship">
            <Text size="sm">{RELATIONSHIP_LABELS[relationship]}</Text>
          </Field>
        )}
        {introducedBy && (
          <Field label="Introduced by">
            <Anchor component={Link} to={`/people/${introducedBy.id}`} size="sm">
              {introducedBy.name}
            </Anchor>
          </Field>
        )}
        {howMet && (
          <Field label="How you met">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {howMet}
            </Text>
          </Field>
        )}
      </Stack>
    </DetailCard>
  );
}

export function IntroducedCard({ person }: { person: PersonDetail }) {
  return (
    <DetailCard title={`People ${person.name.split(' ')[0]} introduced`}>
      {person.introduced.length === 0 ? (
        <None>No one yet. When someone is introduced by {person.name}, they appear here.</None>
      ) : (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {person.introduced.map((ref) => (
            <li key={ref.id}>
              <Anchor component={Link} to={`/people/${ref.id}`} size="sm">
                {ref.name}
              </Anchor>
            </li>
          ))}
        </Stack>
      )}
    </DetailCard>
  );
}

export function TagsAndRecordCard({ person }: { person: PersonDetail }) {
  const { timeZone } = useTimeZone();
  return (
    <DetailCard title="Tags and record">
      <Stack gap="sm">
        {person.tags.length > 0 ? (
          <Group gap={6}>
            {person.tags.map((tag) => (
              <Badge
                key={tag}
                component={Link}
                to={`/people?tag=${encodeURIComponent(tag)}`}
                variant="default"
                tt="none"
                fw={500}
                style={{ cursor: 'pointer' }}
              >
                #{tag}
              </Badge>
            ))}
          </Group>
        ) : (
          <None>No tags yet. A word like “mentor” or “healthcare” groups people for later.</None>
        )}
        <Text size="xs" c="dimmed">
          Added {formatDay(person.createdAt, timeZone)}
          {person.source && person.source !== 'manual' ? ` from ${person.source}` : ''} · updated{' '}
          {formatDay(person.updatedAt, timeZone)}
        </Text>
      </Stack>
    </DetailCard>
  );
}
