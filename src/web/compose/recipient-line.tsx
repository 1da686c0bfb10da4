import { Anchor, Text } from '@mantine/core';
import type { Channel } from '#core/outreach/types';
import { Link } from 'react-router';
import type { Person } from '#core/person';

/** Whom the message goes to, by the means the channel needs: address, profile or number. */
export function RecipientLine({ person, channel }: { person: Person; channel: Channel }) {
  const how = (() => {
    switch (channel) {
      case 'email':
        return person.emails[0] ?? 'no e-mail address yet';
      case 'linkedin_message':
      case 'linkedin_note':
        return person.linkedinUrl ? (
          <Anchor href={person.linkedinUrl} target="_blank" rel="noopener" inherit>
            LinkedIn profile
          </Anchor>
        ) : (
          'no LinkedIn profile noted'
        );
      case 'phone_script':
      case 'text':
        return person.phones[0] ?? 'no phone number yet';
    }
  })();
  return (
    <Text size="sm">
      <Text span c="dimmed" inherit>
        To:{' '}
      </Text>
      <Anchor component={Link} to={`/people/${person.id}`} inherit>
        {person.name}
      </Anchor>{' '}
      <Text span c="dimmed" inherit>
        ({how})
      </Text>
    </Text>
  );
}
