import { useMemo, useState } from 'react';
import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { Playbook } from '#core/playbook';
import { useUpdatePlaybook } from '../api/settings.queries';
import { checkDraft, fieldOf, toDraft, type PlaybookDraft } from './playbook-form';
import { countryOptions, STEP_OPTIONS } from './playbook-words';
import { SaveStatus } from './save-status';
import { useDebouncedSave } from './use-debounced-save';

type NumberField =
  | 'wordLimit'
  | 'linkedinNoteLimit'
  | 'giveUpAfterBusinessDays'
  | 'defaultDurationMinutes'
  | 'thankYouWithinHours'
  | 'keepInTouchWeeks';

const NO_HOLIDAYS = 'none';
const MAX_STEPS = 6;

/**
 * Every number of a copy, checked as it is typed with the rules the server applies; valid
 * changes save after a pause, and a field that breaks a rule keeps what was typed, unsent.
 */
export function PlaybookEditor({ playbook }: { playbook: Playbook }) {
  const update = useUpdatePlaybook(playbook.id);
  const [draft, setDraft] = useState<PlaybookDraft>(() => toDraft(playbook));
  const countries = useMemo(
    () => [{ value: NO_HOLIDAYS, label: 'None: weekends only' }, ...countryOptions()],
    [],
  );
  const saver = useDebouncedSave((next: PlaybookDraft) => {
    const { patch } = checkDraft(playbook, next);
    return patch ? update.mutateAsync(patch) : Promise.resolve();
  });
  const { errors = {} } = checkDraft(playbook, draft);
  if (saver.state.kind === 'failed') {
    for (const issue of saver.state.issues) errors[fieldOf(issue.path)] ??= issue.message;
  }

  const change = (next: PlaybookDraft) => {
    setDraft(next);
    if (checkDraft(playbook, next).errors) saver.hold();
    else saver.schedule(next);
  };
  const flush = () => void saver.flush();
  const numberInput = (field: NumberField, label: string, description?: string) => (
    <NumberInput
      label={label}
      description={description}
      value={draft[field]}
      onChange={(value) => change({ ...draft, [field]: value })}
      onBlur={flush}
      error={errors[field]}
      allowDecimal={false}
      allowNegative={false}
      inputMode="numeric"
    />
  );
  const setStep = (index: number, step: Partial<PlaybookDraft['steps'][number]>) =>
    change({
      ...draft,
      steps: draft.steps.map((current, i) => (i === index ? { ...current, ...step } : current)),
    });

  return (
    <Stack gap="md">
      <TextInput
        label="Name"
        value={draft.name}
        maxLength={100}
        onChange={(event) => change({ ...draft, name: event.currentTarget.value })}
        onBlur={flush}
        error={errors.name}
      />
      <Fieldset legend="Asking">
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          {numberInput('wordLimit', 'Word limit for a request')}
          {numberInput(
            'linkedinNoteLimit',
            'LinkedIn note limit (characters)',
            '300, or 200 on a free account',
          )}
          {numberInput('defaultDurationMinutes', 'Minutes to ask for')}
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend="When there is no reply">
        <Stack gap="sm">
          <Select
            label="Public holidays of"
            description="These days do not count as business days."
            data={countries}
            value={draft.holidaysCountry ?? NO_HOLIDAYS}
            onChange={(value) =>
              change({ ...draft, holidaysCountry: !value || value === NO_HOLIDAYS ? null : value })
            }
            searchable
            allowDeselect={false}
            nothingFoundMessage="No country by that name"
            maxDropdownHeight={260}
            error={errors.holidaysCountry}
          />
          <Text size="sm" fw={500} id={`steps-${playbook.id}`}>
            Steps, counted in business days from the request
          </Text>
          <Stack gap="xs" role="list" aria-labelledby={`steps-${playbook.id}`}>
            {draft.steps.map((step, index) => (
              <Group key={index} gap="xs" align="flex-start" wrap="nowrap" role="listitem">
                <NumberInput
                  aria-label={`Step ${index + 1}: business days`}
                  value={step.afterBusinessDays}
                  onChange={(value) => setStep(index, { afterBusinessDays: value })}
                  onBlur={flush}
                  error={errors[`steps.${index}.afterBusinessDays`]}
                  allowDecimal={false}
                  allowNegative={false}
                  inputMode="numeric"
                  w={90}
                />
                <Select
                  aria-label={`Step ${index + 1}: what to do`}
                  data={STEP_OPTIONS}
                  value={step.action}
                  onChange={(value) =>
                    value && setStep(index, { action: value as typeof step.action })
                  }
                  allowDeselect={false}
                  style={{ flex: 1, minWidth: 0 }}
                />
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="lg"
                  aria-label={`Remove step ${index + 1}`}
                  disabled={draft.steps.length === 1}
                  onClick={() =>
                    change({ ...draft, steps: draft.steps.filter((_, i) => i !== index) })
                  }
                >
                  <IconTrash size={18} stroke={1.6} />
                </ActionIcon>
              </Group>
            ))}
          </Stack>
          {errors.steps && (
            <Text size="sm" c="var(--mantine-color-error)">
              {errors.steps}
            </Text>
          )}
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              leftSection={<IconPlus size={16} />}
              disabled={draft.steps.length >= MAX_STEPS}
              onClick={() =>
                change({
                  ...draft,
                  steps: [...draft.steps, { afterBusinessDays: '', action: 'follow_up' }],
                })
              }
            >
              Add a step
            </Button>
          </Group>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            {numberInput(
              'giveUpAfterBusinessDays',
              'Then stop after (business days)',
              'With still no reply, the interview is marked as no reply.',
            )}
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <Fieldset legend="After the conversation">
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          {numberInput('thankYouWithinHours', 'Thank-you within (hours)')}
          {numberInput('keepInTouchWeeks', 'Keep in touch every (weeks)')}
        </SimpleGrid>
      </Fieldset>
      <SaveStatus state={saver.state} onRetry={flush} />
    </Stack>
  );
}
