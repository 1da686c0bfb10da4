import { useState, type FormEvent, type ReactNode } from 'react';
import {
  Alert,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import type { PersonRef, Relationship } from '#core/person';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ComboboxField } from '../ui/combobox-field';
import { IntroducerSelect } from './introducer-select';
import { OrganizationInput } from './organization-input';
import {
  validatePerson,
  type FieldErrors,
  type PersonField,
  type PersonFormValues,
} from './person-form-values';
import { RELATIONSHIP_OPTIONS } from './relationship';

type Props = {
  values: PersonFormValues;
  onChange: (values: PersonFormValues) => void;
  /** Called with valid values on Save or Enter; invalid values focus the first problem instead. */
  onSubmit: (values: PersonFormValues) => void;
  /** Focus left a field: the edit page saves at once rather than waiting for the pause. */
  onFieldBlur?: () => void;
  /** Fields whose problems show now, e.g. because autosave had to hold them back. */
  revealErrors?: readonly PersonField[];
  /** The buttons and status under the form, which differ between adding and editing. */
  footer: ReactNode;
  /** Field messages from the server's last answer; cleared per field as the user edits it. */
  serverErrors?: FieldErrors;
  /** A failure that belongs to no field (network, conflict already handled elsewhere, …). */
  formError?: string | null;
  personId?: number;
  initialIntroducer?: PersonRef | null;
  tagSuggestions?: string[];
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      component="fieldset"
      m={0}
      style={{ minWidth: 0 }}
    >
      <Title
        order={2}
        size="h5"
        component="legend"
        style={{ float: 'left', width: '100%' }}
        mb="sm"
      >
        {title}
      </Title>
      <Stack gap="sm" style={{ clear: 'both' }}>
        {children}
      </Stack>
    </Paper>
  );
}

/** The create/edit form. It owns no data: the page holds the values so nothing typed is lost on errors. */
export function PersonForm(props: Props) {
  const { values, onChange, serverErrors = {}, revealErrors = [] } = props;
  const [touched, setTouched] = useState<Set<PersonField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [editedSinceServer, setEditedSinceServer] = useState<Set<PersonField>>(new Set());
  const clientErrors = validatePerson(values);

  const errorOf = (field: PersonField) =>
    ((submitted || touched.has(field) || revealErrors.includes(field)) && clientErrors[field]) ||
    (!editedSinceServer.has(field) && serverErrors[field]) ||
    undefined;

  const set = <F extends PersonField>(field: F, value: PersonFormValues[F]) => {
    setEditedSinceServer((fields) => new Set(fields).add(field));
    onChange({ ...values, [field]: value });
  };
  const touch = (field: PersonField) => () => setTouched((fields) => new Set(fields).add(field));
  const text = (field: 'name' | 'title' | 'location' | 'linkedinUrl' | 'howMet' | 'notes') => ({
    value: values[field],
    onChange: (event: { currentTarget: { value: string } }) =>
      set(field, event.currentTarget.value),
    onBlur: touch(field),
    error: errorOf(field),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    setEditedSinceServer(new Set());
    if (Object.keys(clientErrors).length > 0) {
      // Take the user to the first problem rather than making them hunt for it.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
      );
      return;
    }
    props.onSubmit(values);
  };

  return (
    <form onSubmit={submit} onBlur={props.onFieldBlur} noValidate aria-label="Person">
      <Stack gap="md">
        {props.formError && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle size={18} />}
            title="Not saved yet"
            role="alert"
          >
            {props.formError} Everything you typed is still here.
          </Alert>
        )}
        <Section title="Who they are">
          <TextInput label="Name" withAsterisk aria-required data-autofocus {...text('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <ComboboxField label="Organization">
              {(field) => (
                <OrganizationInput
                  {...field}
                  error={errorOf('organization')}
                  placeholder="Where they work or study"
                  value={values.organization}
                  onChange={(value) => set('organization', value)}
                  onBlur={touch('organization')}
                />
              )}
            </ComboboxField>
            <TextInput label="Title" placeholder="Their role" {...text('title')} />
          </SimpleGrid>
          <TextInput label="Location" placeholder="City or region" {...text('location')} />
        </Section>
        <Section title="How to reach them">
          <ComboboxField label="Emails">
            {(field) => (
              <TagsInput
                {...field}
                description="Press Enter or comma after each address"
                error={errorOf('emails')}
                value={values.emails}
                onChange={(emails) => set('emails', emails)}
                onBlur={touch('emails')}
                splitChars={[',', ' ', ';']}
                clearable
              />
            )}
          </ComboboxField>
          <ComboboxField label="Phones">
            {(field) => (
              <TagsInput
                {...field}
                error={errorOf('phones')}
                value={values.phones}
                onChange={(phones) => set('phones', phones)}
                onBlur={touch('phones')}
                splitChars={[',', ';']}
              />
            )}
          </ComboboxField>
          <TextInput
            label="LinkedIn URL"
            placeholder="https://www.linkedin.com/in/…"
            {...text('linkedinUrl')}
          />
        </Section>
        <Section title="How you know them">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <ComboboxField label="Relationship">
              {(field) => (
                <Select
                  {...field}
                  error={errorOf('relationship')}
                  placeholder="Choose one"
                  data={RELATIONSHIP_OPTIONS}
                  value={values.relationship}
                  onChange={(value) => set('relationship', value as Relationship | null)}
                  clearable
                />
              )}
            </ComboboxField>
            <ComboboxField label="Introduced by">
              {(field) => (
                <IntroducerSelect
                  {...field}
                  error={errorOf('introducedById')}
                  placeholder="Search your people"
                  value={values.introducedById}
                  initial={props.initialIntroducer ?? null}
                  excludeId={props.personId}
                  onChange={(id) => set('introducedById', id)}
                />
              )}
            </ComboboxField>
          </SimpleGrid>
          <TextInput
            label="How you met"
            placeholder="A class, an event, a friend’s dinner…"
            {...text('howMet')}
          />
        </Section>
        <Section title="Notes and tags">
          <Textarea label="Notes" autosize minRows={3} maxRows={12} {...text('notes')} />
          <ComboboxField label="Tags">
            {(field) => (
              <TagsInput
                {...field}
                description="Short words to group people, like “healthcare” or “mentor”"
                error={errorOf('tags')}
                data={props.tagSuggestions ?? []}
                value={values.tags}
                onChange={(tags) => set('tags', tags)}
                onBlur={touch('tags')}
                clearable
              />
            )}
          </ComboboxField>
        </Section>
        {props.footer}
      </Stack>
    </form>
  );
}
