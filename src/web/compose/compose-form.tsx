import { useMemo, useRef, useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconAlertTriangle, IconRestore } from '@tabler/icons-react';
import { checkDraft, unfilledGaps } from '#core/outreach/drafts/gaps';
import type { Draft } from '#core/outreach/drafts';
import { countedWords } from '#core/outreach/length';
import type { Channel, MessageKind } from '#core/outreach/types';
import { emailSchema } from '#core/person';
import type { Playbook } from '#core/playbook';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { ComposeActions } from './compose-actions';
import { draftStorageKey } from './compose-words';
import { FindingsList, type LocatedFinding } from './findings-list';
import { useDraftText } from './use-draft-text';

type Props = {
  interviewId: number;
  kind: MessageKind;
  channel: Channel;
  template: Draft;
  playbook: Playbook;
  /** Whom the message is for; their first e-mail address fills the To field. */
  recipient: { name: string; address: string | null };
  canSend: boolean;
  onRecorded: (notice: string) => void;
};

// Light enough to follow typing, long enough not to recheck on every key of a fast typist.
const CHECK_DELAY_MS = 150;

/** The subject and message, their live findings and counts, and the ways to send them. */
export function ComposeForm(props: Props) {
  const { interviewId, kind, channel, template, playbook } = props;
  const draft = useDraftText(draftStorageKey(interviewId, kind, channel), {
    ...template,
    to: props.recipient.address ?? '',
  });
  const [checked] = useDebouncedValue(draft.text, CHECK_DELAY_MS);
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const isEmail = channel === 'email';

  // Rechecked when the paused text changes, not on every render while typing.
  const findings = useMemo<LocatedFinding[]>(
    () => [
      ...(isEmail
        ? unfilledGaps(checked.subject).map((f) => ({ ...f, field: 'subject' as const }))
        : []),
      ...checkDraft(checked.body, { playbook, channel, kind }).map((f) => ({
        ...f,
        field: 'body' as const,
      })),
    ],
    [checked, isEmail, playbook, channel, kind],
  );
  const errors = findings.filter((f) => f.severity === 'error');

  const select = (finding: LocatedFinding) => {
    const field = finding.field === 'subject' ? subjectRef.current : bodyRef.current;
    field?.focus();
    field?.setSelectionRange(finding.start, finding.end);
  };

  const [confirmingReset, setConfirmingReset] = useState(false);

  // Counted as the checker counts: the greeting, sign-off and signature are free.
  const words = countedWords(draft.text.body);
  const wordLimit = playbook.outreach.wordLimit;
  const hasWordLimit = kind === 'request' || kind === 'referral_intro_request';
  const overWords = hasWordLimit && words > wordLimit;
  const characters = [...draft.text.body].length;
  const noteLimit = playbook.outreach.linkedinNoteLimit;
  const overNote = channel === 'linkedin_note' && characters > noteLimit;

  return (
    <Stack gap="lg">
      <Stack gap="sm">
        {isEmail && (
          <TextInput
            label="To"
            type="email"
            description={props.recipient.name}
            placeholder={`${props.recipient.name} has no address yet: type one`}
            value={draft.text.to}
            error={
              draft.text.to && !emailSchema.safeParse(draft.text.to).success
                ? 'Write an address like ana@example.com'
                : undefined
            }
            onChange={(event) => draft.update({ to: event.currentTarget.value })}
          />
        )}
        {isEmail && (
          <TextInput
            ref={subjectRef}
            label="Subject"
            value={draft.text.subject}
            onChange={(event) => draft.update({ subject: event.currentTarget.value })}
          />
        )}
        <Textarea
          ref={bodyRef}
          label="Message"
          value={draft.text.body}
          onChange={(event) => draft.update({ body: event.currentTarget.value })}
          autosize
          minRows={8}
          maxRows={24}
          styles={{ input: { lineHeight: 1.55 } }}
        />
        <Group justify="space-between" gap="xs">
          <Text size="sm" c={overNote || overWords ? 'red' : 'dimmed'} aria-live="polite">
            {hasWordLimit ? `${words} of ${wordLimit} words` : `${words} words`} ·{' '}
            {channel === 'linkedin_note'
              ? `${characters} of ${noteLimit} characters LinkedIn allows in a note`
              : `${characters} characters`}
          </Text>
          {draft.edited && (
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconRestore size={14} />}
              onClick={() => setConfirmingReset(true)}
            >
              Reset to template
            </Button>
          )}
        </Group>
      </Stack>
      {errors.length > 0 && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
          {errors.length === 1
            ? 'One thing needs fixing before this goes out.'
            : `${errors.length} things need fixing before this goes out.`}{' '}
          You can still send it, after a confirmation.
        </Alert>
      )}
      <ComposeActions
        interviewId={interviewId}
        kind={kind}
        channel={channel}
        text={draft.text}
        recipient={props.recipient}
        errors={errors}
        canSend={props.canSend}
        onRecorded={(notice) => {
          draft.forget();
          props.onRecorded(notice);
        }}
      />
      <Paper withBorder p="md" component="section" aria-labelledby="findings-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="findings-title">
            Checks against your playbook
          </Title>
          <FindingsList findings={findings} hasText={/\S/.test(checked.body)} onSelect={select} />
        </Stack>
      </Paper>
      <ConfirmDialog
        opened={confirmingReset}
        title="Reset to the template?"
        keepLabel="Keep my text"
        confirmLabel="Reset"
        onConfirm={() => {
          draft.reset();
          setConfirmingReset(false);
        }}
        onClose={() => setConfirmingReset(false)}
      >
        Your changes to this message will be replaced by a fresh draft.
      </ConfirmDialog>
    </Stack>
  );
}
