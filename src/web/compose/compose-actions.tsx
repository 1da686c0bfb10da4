import { useState } from 'react';
import { Alert, Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconCheck,
  IconClipboard,
  IconDownload,
  IconExternalLink,
  IconSend,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { emlFileName, mailtoLink } from '#core/mailto';
import type { Channel, MessageKind } from '#core/outreach/types';
import { mailApi } from '../api/mail.api';
import { useRecordMessage, useSendMessage } from '../api/mail.queries';
import { ConfirmErrorsDialog } from './confirm-errors-dialog';
import type { LocatedFinding } from './findings-list';
import type { DraftText } from './use-draft-text';

type Props = {
  interviewId: number;
  kind: MessageKind;
  channel: Channel;
  text: DraftText;
  recipient: { name: string };
  errors: LocatedFinding[];
  /** Whether the user has set up a mail server, so "Send now" can work. */
  canSend: boolean;
  /** The message is sent and recorded: leave with this notice. */
  onRecorded: (notice: string) => void;
};

function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the file after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Send now, open in the mail app, download the .eml, or copy; then "I sent it" records it. */
export function ComposeActions(props: Props) {
  const { interviewId, kind, channel, text, recipient, errors, canSend, onRecorded } = props;
  const send = useSendMessage(interviewId);
  const record = useRecordMessage(interviewId);
  const [sentElsewhere, setSentElsewhere] = useState(false);
  const [confirming, setConfirming] = useState<{ label: string; run: () => void } | null>(null);
  const [tooLong, setTooLong] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const to = text.to.trim();
  const outgoing = { kind, subject: text.subject, body: text.body, ...(to ? { to } : {}) };
  const empty = !text.body.trim();

  // Problems never block the message; with errors the user confirms first.
  const guard = (label: string, run: () => void) => () =>
    errors.length > 0 ? setConfirming({ label, run }) : run();

  const sendNow = () =>
    send.mutate(outgoing, { onSuccess: () => onRecorded(`Sent to ${recipient.name}.`) });

  const openInMailApp = () => {
    const link = mailtoLink({ ...outgoing, to });
    if (link.tooLong) return setTooLong(true);
    window.location.href = link.href;
    setSentElsewhere(true);
  };

  const downloadEml = async () => {
    setTooLong(false);
    setDownloading(true);
    try {
      saveFile(await mailApi.eml(interviewId, outgoing), emlFileName(kind, recipient.name));
      setSentElsewhere(true);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'The .eml file could not be made',
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setDownloading(false);
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text.body);
      notifications.show({ message: `Copied ${[...text.body].length} characters.` });
      setSentElsewhere(true);
    } catch {
      notifications.show({
        color: 'red',
        message: 'Your browser did not allow copying; select the text and copy it yourself.',
      });
    }
  };

  const recordSent = () =>
    record.mutate(
      {
        kind,
        channel,
        ...(channel === 'email' && text.subject ? { subject: text.subject } : {}),
        body: text.body,
        sentAt: new Date().toISOString(),
      },
      { onSuccess: () => onRecorded(`Recorded as sent to ${recipient.name}.`) },
    );

  const failure = send.error ?? record.error;
  return (
    <Stack gap="sm">
      <Group gap="xs">
        {channel === 'email' ? (
          <>
            {canSend && (
              <Button
                leftSection={<IconSend size={16} />}
                onClick={guard('Send now', sendNow)}
                loading={send.isPending}
                disabled={empty || !to}
              >
                Send now
              </Button>
            )}
            <Button
              variant={canSend ? 'default' : 'filled'}
              leftSection={<IconExternalLink size={16} />}
              onClick={guard('Open in mail app', openInMailApp)}
              disabled={empty}
            >
              Open in mail app
            </Button>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              onClick={guard('Download .eml', () => void downloadEml())}
              loading={downloading}
              disabled={empty}
            >
              Download .eml
            </Button>
          </>
        ) : (
          <Button
            leftSection={<IconClipboard size={16} />}
            onClick={guard('Copy', () => void copy())}
            disabled={empty}
          >
            Copy
          </Button>
        )}
        {sentElsewhere && (
          <Button
            color="teal"
            leftSection={<IconCheck size={16} />}
            onClick={recordSent}
            loading={record.isPending}
          >
            I sent it
          </Button>
        )}
      </Group>
      {channel === 'email' && !canSend && (
        <Text size="sm" c="dimmed">
          To send straight from Wayfinder, add your mail server in{' '}
          <Anchor component={Link} to="/settings" inherit>
            Settings
          </Anchor>
          .
        </Text>
      )}
      {channel === 'email' && canSend && !to && (
        <Text size="sm" c="dimmed">
          {recipient.name} has no e-mail address yet: type one in To, or add it to their record.
        </Text>
      )}
      {sentElsewhere && (
        <Text size="sm" c="dimmed">
          Once it has gone, press “I sent it” so Wayfinder can remind you to follow up.
        </Text>
      )}
      {failure && (
        <Alert color="red" variant="light" role="alert" title="Not sent">
          {failure.message}
        </Alert>
      )}
      <ConfirmErrorsDialog
        action={confirming?.label ?? null}
        errors={errors}
        onClose={() => setConfirming(null)}
        onConfirm={() => {
          confirming?.run();
          setConfirming(null);
        }}
      />
      <Modal opened={tooLong} onClose={() => setTooLong(false)} title="Too long for a mail link">
        <Stack gap="md">
          <Text size="sm">
            Mail programs cut links this long, so part of your message could go missing. Download it
            as an .eml file instead: it opens in your mail program as a new message, ready to send.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setTooLong(false)}>
              Cancel
            </Button>
            <Button leftSection={<IconDownload size={16} />} onClick={() => void downloadEml()}>
              Download the .eml file
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
