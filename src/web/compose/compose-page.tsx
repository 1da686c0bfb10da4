import { useState } from 'react';
import {
  Alert,
  Anchor,
  Breadcrumbs,
  Button,
  Container,
  Group,
  Select,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp, IconDeviceFloppy, IconUserCircle } from '@tabler/icons-react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { draftMessage, kindsForChannel, recipientOf } from '#core/outreach/drafts';
import { CHANNELS, type Channel, type MessageKind } from '#core/outreach/types';
import { isApiError } from '../api/client';
import { CHANNEL_LABELS, MESSAGE_KIND_LABELS } from '../interviews/message-words';
import { ErrorNotice } from '../pages/error-notice';
import { InterviewNotFound } from '../interviews/interview-not-found';
import { ComposeForm } from './compose-form';
import { KIND_HINTS, channelLabel, composeChoice, draftStorageKey } from './compose-words';
import { RecipientLine } from './recipient-line';
import { hasStoredDraft } from './use-draft-text';
import { useComposeContext, type ComposeContext } from './use-compose-context';

type Choice = { kind: MessageKind; channel: Channel };

/** Drafting one message about an interview: prefilled, checked as you type, then sent. */
export function ComposePage() {
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const { kind, channel } = composeChoice(params);
  const { context, error, retry } = useComposeContext(id);
  const navigate = useNavigate();
  // The edited draft the user switched away from: each kind and channel keeps its own edits, so
  // the fresh template on screen is not their work gone, and the way back is one click.
  const [left, setLeft] = useState<Choice | null>(null);

  if (error) {
    if (isApiError(error) && error.status === 404) {
      return <InterviewNotFound />;
    }
    return <ErrorNotice error={error} onRetry={() => void retry()} />;
  }
  if (!context) return <Skeleton h={420} />;

  const choose = (next: Partial<Choice>) => {
    const nextChannel = next.channel ?? channel;
    const nextKind = next.kind ?? kind;
    const fits = kindsForChannel(nextChannel).includes(nextKind);
    if (hasStoredDraft(draftStorageKey(id, kind, channel))) setLeft({ kind, channel });
    setParams({ kind: fits ? nextKind : 'request', channel: nextChannel }, { replace: true });
  };
  const showLeft = left !== null && (left.kind !== kind || left.channel !== channel);
  const { interview, introducer } = context;
  const addressee = recipientOf(kind) === 'introducer' ? introducer : interview.person;

  return (
    <Container size="md" px={0}>
      <title>{`Message to ${addressee?.name ?? interview.person.name} · Wayfinder`}</title>
      <Stack gap="lg">
        <Breadcrumbs>
          <Anchor component={Link} to="/interviews" size="sm">
            Interviews
          </Anchor>
          <Anchor component={Link} to={`/interviews/${id}`} size="sm">
            {interview.person.name}
          </Anchor>
          <span>Write a message</span>
        </Breadcrumbs>
        <Title order={1}>Write a message</Title>
        <Group gap="sm" grow preventGrowOverflow={false} wrap="wrap">
          <Select
            label="Kind of message"
            data={kindsForChannel(channel).map((value) => ({
              value,
              label: MESSAGE_KIND_LABELS[value],
            }))}
            value={kind}
            onChange={(value) => value && choose({ kind: value as MessageKind })}
            allowDeselect={false}
            miw={220}
          />
          <Select
            label="Sent by"
            data={CHANNELS.map((value) => ({ value, label: channelLabel(value) }))}
            value={channel}
            onChange={(value) => value && choose({ channel: value as Channel })}
            allowDeselect={false}
            miw={180}
          />
        </Group>
        <Text size="sm" c="dimmed">
          {KIND_HINTS[kind]}
        </Text>
        {!context.profileComplete && (
          <Alert variant="light" color="blue" icon={<IconUserCircle size={18} />}>
            Drafts introduce you from your profile. Add your name and one line about you in{' '}
            <Anchor component={Link} to="/settings" inherit>
              Settings
            </Anchor>{' '}
            and new drafts will fill them in; until then they show a gap in [brackets].
          </Alert>
        )}
        {showLeft && (
          <Alert
            variant="light"
            color="blue"
            icon={<IconDeviceFloppy size={18} />}
            title="Your edits are kept"
          >
            <Stack gap="xs" align="flex-start">
              <Text size="sm">
                Every draft keeps its own text. What you wrote in the{' '}
                {MESSAGE_KIND_LABELS[left.kind].toLowerCase()} ({CHANNEL_LABELS[left.channel]})
                stays saved in this browser.
              </Text>
              <Button
                variant="light"
                size="compact-sm"
                leftSection={<IconArrowBackUp size={14} />}
                onClick={() => choose(left)}
              >
                Back to that draft
              </Button>
            </Stack>
          </Alert>
        )}
        {addressee ? (
          <>
            {channel !== 'email' && <RecipientLine person={addressee} channel={channel} />}
            <ComposeForm
              key={`${kind}:${channel}`}
              interviewId={id}
              kind={kind}
              channel={channel}
              template={templateFor(context, kind, channel)}
              playbook={context.playbook}
              recipient={{ name: addressee.name, address: addressee.emails[0] ?? null }}
              canSend={Boolean(context.mail?.configured)}
              onRecorded={(message) => {
                notifications.show({ color: 'teal', message });
                void navigate(`/interviews/${id}`);
              }}
            />
          </>
        ) : (
          <Alert variant="light" color="gray">
            No one introduced you to {interview.person.name}, so there is no one to write this to.
            Choose another kind of message, or note who introduced you on{' '}
            <Anchor component={Link} to={`/people/${interview.person.id}/edit`} inherit>
              {interview.person.name}’s record
            </Anchor>
            .
          </Alert>
        )}
      </Stack>
    </Container>
  );
}

function templateFor(context: ComposeContext, kind: MessageKind, channel: Channel) {
  const { interview, introducer, profile, playbook } = context;
  return draftMessage({
    kind,
    channel,
    person: interview.person,
    introducer,
    explorations: interview.explorations,
    profile,
    playbook,
  });
}
