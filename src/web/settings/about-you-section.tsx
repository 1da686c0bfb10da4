import { useState, type ChangeEvent } from 'react';
import { Stack, TextInput } from '@mantine/core';
import { emailSchema } from '#core/person';
import type { Profile } from '#core/settings';
import { useUpdateSettings } from '../api/settings.queries';
import { SaveStatus } from './save-status';
import { SettingsSection } from './settings-section';
import { useDebouncedSave } from './use-debounced-save';

type Field = keyof Profile;
type Values = Record<Field, string>;

function problemsOf(values: Values): Partial<Record<Field, string>> {
  const email = values.email.trim();
  return email && !emailSchema.safeParse(email).success
    ? { email: 'Write an address like ana@example.com' }
    : {};
}

/** Name, email and a one-line summary that drafts use to introduce the user; saved as typed. */
export function AboutYouSection({ profile }: { profile: Profile }) {
  const update = useUpdateSettings();
  const [values, setValues] = useState<Values>(() => ({
    name: profile.name ?? '',
    email: profile.email ?? '',
    summary: profile.summary ?? '',
  }));
  const saver = useDebouncedSave((next: Values) => update.mutateAsync({ profile: next }));
  const problems = problemsOf(values);
  const serverIssues = saver.state.kind === 'failed' ? saver.state.issues : [];
  const errorOf = (field: Field) =>
    problems[field] ?? serverIssues.find((issue) => issue.path === `profile.${field}`)?.message;

  const change = (field: Field, text: string) => {
    const next = { ...values, [field]: text };
    setValues(next);
    if (Object.keys(problemsOf(next)).length > 0) saver.hold();
    else saver.schedule(next);
  };
  const input = (field: Field) => ({
    value: values[field],
    error: errorOf(field),
    onChange: (event: ChangeEvent<HTMLInputElement>) => change(field, event.currentTarget.value),
    onBlur: () => void saver.flush(),
  });

  return (
    <SettingsSection
      id="about-you"
      title="About you"
      intro="Drafts introduce you with these words. Nothing here is shared unless you send it."
      footer={<SaveStatus state={saver.state} onRetry={() => void saver.flush()} />}
    >
      <Stack gap="sm">
        <TextInput label="Your name" autoComplete="name" maxLength={200} {...input('name')} />
        <TextInput
          label="Your email"
          type="email"
          autoComplete="email"
          maxLength={254}
          {...input('email')}
        />
        <TextInput
          label="One line about you"
          description="How you would describe yourself in a first sentence, e.g. “a final-year economics student at Leeds”."
          maxLength={300}
          {...input('summary')}
        />
      </Stack>
    </SettingsSection>
  );
}
