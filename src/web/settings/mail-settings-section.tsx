import { useState, type ChangeEvent } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  NumberInput,
  PasswordInput,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDeviceFloppy, IconMailForward, IconTrash } from '@tabler/icons-react';
import type { MailSecurity, MailSettings, MailSettingsInput } from '#core/mail-settings';
import { isApiError } from '../api/client';
import {
  useMailSettings,
  useRemoveMailSettings,
  useSaveMailSettings,
  useTestMailSettings,
} from '../api/mail.queries';
import { ErrorNotice } from '../pages/error-notice';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { SettingsSection } from './settings-section';

const SECURITY: { value: MailSecurity; label: string; port: number }[] = [
  { value: 'starttls', label: 'STARTTLS (usually port 587)', port: 587 },
  { value: 'tls', label: 'TLS (usually port 465)', port: 465 },
  { value: 'none', label: 'None (only for a relay on this computer)', port: 25 },
];

type Values = Omit<MailSettingsInput, 'password' | 'port' | 'security'> & {
  port: number | string;
  security: MailSecurity;
};

const valuesOf = (saved: MailSettings): Values => ({
  host: saved.host,
  port: saved.port,
  security: saved.security,
  username: saved.username,
  fromName: saved.fromName,
  fromAddress: saved.fromAddress,
});

// The port may be typed as text; compared as a number, so "587" is no edit of 587.
const sameValues = (a: Values, b: Values) =>
  (Object.keys(a) as (keyof Values)[]).every((key) =>
    key === 'port' ? Number(a.port) === Number(b.port) : a[key] === b[key],
  );

/** The user's SMTP server, for "Send now" in the composer; the password is sent only when typed. */
export function MailSettingsSection() {
  const query = useMailSettings();
  if (query.error) return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton h={360} />;
  // Remounts when the settings are first saved or removed, so the form shows what is stored;
  // forgetting the password alone leaves any edits on screen as they are.
  return <MailSettingsForm key={query.data.configured ? 'saved' : 'none'} saved={query.data} />;
}

function MailSettingsForm({ saved }: { saved: MailSettings }) {
  const save = useSaveMailSettings();
  const forget = useSaveMailSettings();
  const remove = useRemoveMailSettings();
  const test = useTestMailSettings();
  const [values, setValues] = useState(() => valuesOf(saved));
  // Empty (never typed in, or typed and erased) keeps the saved password as it is.
  const [password, setPassword] = useState('');
  const [confirming, setConfirming] = useState<'remove' | 'forget' | null>(null);
  // The test message goes through the saved settings, so it waits until the edits are saved.
  const unsaved = password !== '' || !sameValues(values, valuesOf(saved));
  const issues = isApiError(save.error) ? save.error.issues : [];
  const errorOf = (field: string) => issues.find((issue) => issue.path === field)?.message;
  const field = <K extends keyof Values>(key: K) => ({
    value: values[key] as string,
    error: errorOf(key),
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      setValues({ ...values, [key]: event.currentTarget.value }),
  });
  const changeSecurity = (security: MailSecurity) => {
    // Switching between TLS and STARTTLS usually means switching ports too.
    const usual = SECURITY.some((option) => option.port === Number(values.port));
    const port = usual ? SECURITY.find((o) => o.value === security)!.port : values.port;
    setValues({ ...values, security, port });
  };
  const submit = () =>
    save.mutate(
      { ...values, port: Number(values.port), ...(password ? { password } : {}) },
      {
        onSuccess: (stored) => {
          setValues(valuesOf(stored));
          setPassword('');
          notifications.show({ color: 'teal', message: 'Mail settings saved.' });
        },
      },
    );
  // Only the password changes: the other fields are sent as saved, and edits stay on screen.
  const forgetPassword = () =>
    forget.mutate(
      { ...valuesOf(saved), port: saved.port, password: '' },
      {
        onSuccess: () => {
          setConfirming(null);
          setPassword('');
          notifications.show({ message: 'The saved password is forgotten.' });
        },
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: 'The password is still saved',
            message: error.message,
          }),
      },
    );
  const removeAll = () =>
    remove.mutate(undefined, {
      onSuccess: () => {
        setConfirming(null);
        notifications.show({ message: 'Mail settings removed.' });
      },
    });

  return (
    <SettingsSection
      id="mail-settings"
      title="Sending e-mail"
      intro="With your mail provider’s SMTP details, the composer can send messages for you and record them at once. Without them, you can still open drafts in your own mail program."
      footer={
        <>
          <Group gap="xs">
            <Button
              type="submit"
              form="mail-settings-form"
              leftSection={<IconDeviceFloppy size={18} />}
              loading={save.isPending}
            >
              Save
            </Button>
            <Button
              variant="light"
              leftSection={<IconMailForward size={18} />}
              onClick={() => test.mutate()}
              loading={test.isPending}
              disabled={!saved.configured || unsaved}
              aria-describedby={saved.configured && unsaved ? 'mail-test-hint' : undefined}
            >
              Send a test message
            </Button>
            {saved.configured && unsaved && (
              <Text id="mail-test-hint" size="xs" c="dimmed">
                Save your changes first: the test uses the saved settings.
              </Text>
            )}
          </Group>
          {saved.configured && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={18} />}
              onClick={() => setConfirming('remove')}
            >
              Remove
            </Button>
          )}
        </>
      }
    >
      <form
        id="mail-settings-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label="Mail server (SMTP host)"
              placeholder="smtp.example.com"
              required
              {...field('host')}
            />
            <NumberInput
              label="Port"
              min={1}
              max={65535}
              allowDecimal={false}
              required
              value={values.port}
              error={errorOf('port')}
              onChange={(port) => setValues({ ...values, port })}
            />
          </SimpleGrid>
          <Select
            label="Security"
            data={SECURITY.map(({ value, label }) => ({ value, label }))}
            value={values.security}
            onChange={(value) => value && changeSecurity(value as MailSecurity)}
            allowDeselect={false}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label="Username" autoComplete="username" {...field('username')} />
            <PasswordInput
              label="Password"
              autoComplete="new-password"
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              placeholder={saved.passwordSet ? 'Saved (type to replace it)' : ''}
              description={
                saved.passwordSet ? (
                  <>
                    A password is saved. Leave this empty to keep it.{' '}
                    <Anchor
                      component="button"
                      type="button"
                      size="xs"
                      onClick={() => setConfirming('forget')}
                    >
                      Forget the saved password
                    </Anchor>
                  </>
                ) : (
                  'Many providers ask for an app password here rather than your usual one.'
                )
              }
              error={errorOf('password')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label="Your name as senders see it"
              autoComplete="name"
              {...field('fromName')}
            />
            <TextInput
              label="From address"
              type="email"
              autoComplete="email"
              required
              {...field('fromAddress')}
            />
          </SimpleGrid>
          {save.error && !issues.length && (
            <Alert color="red" variant="light" role="alert" title="Not saved">
              {save.error.message}
            </Alert>
          )}
          {test.data && (
            <Alert color="teal" variant="light" role="status" title="Test sent">
              {test.data.message} If it does not arrive, look in the spam folder.
            </Alert>
          )}
          {test.error && (
            <Alert color="red" variant="light" role="alert" title="The test message was not sent">
              {test.error.message}
            </Alert>
          )}
        </Stack>
      </form>
      <ConfirmDialog
        opened={confirming === 'remove'}
        title="Remove the mail settings?"
        keepLabel="Keep them"
        confirmLabel="Remove them"
        busy={remove.isPending}
        onConfirm={removeAll}
        onClose={() => setConfirming(null)}
      >
        Wayfinder will forget this server and its password. You can still open drafts in your mail
        program or download them.
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirming === 'forget'}
        title="Forget the saved password?"
        keepLabel="Keep it"
        confirmLabel="Forget it"
        busy={forget.isPending}
        onConfirm={forgetPassword}
        onClose={() => setConfirming(null)}
      >
        Wayfinder will sign in to {saved.host} without a password until you type a new one and save.
        The other mail settings stay as they are.
      </ConfirmDialog>
    </SettingsSection>
  );
}
