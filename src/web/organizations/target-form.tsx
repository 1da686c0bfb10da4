import { useState } from 'react';
import {
  Alert,
  Autocomplete,
  Button,
  Group,
  Input,
  Modal,
  Rating,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { TargetKind } from '#core/target';
import { useOrganizationSuggestions } from '../api/organizations.queries';
import type { NewTarget } from '../api/targets.api';
import { useCreateTarget } from '../api/targets.queries';
import { KIND_LABELS, MOTIVATION_WORDS, POSTING_HELP, POSTING_OPTIONS } from './target-words';

export type TargetDraft = {
  kind: TargetKind;
  organization: string;
  /** Set when the draft started from an organization row, so the name needs no lookup. */
  organizationId?: number;
  label: string;
  motivation: number;
  posting: number;
  notes: string;
};

export const EMPTY_DRAFT: TargetDraft = {
  kind: 'organization',
  organization: '',
  label: '',
  motivation: 3,
  posting: 0,
  notes: '',
};

type Props = {
  opened: boolean;
  draft: TargetDraft;
  /** The draft lives with the caller, so closing the dialog by mistake loses nothing typed. */
  onDraftChange: (draft: TargetDraft) => void;
  onClose: () => void;
  onAdded: (label: string) => void;
};

/** "Add a target": an organization (known or new) or a role or field, with motivation and posting. */
export function TargetFormModal({ opened, draft, onDraftChange, onClose, onAdded }: Props) {
  const create = useCreateTarget();
  const [error, setError] = useState<string | null>(null);
  const [orgQuery] = useDebouncedValue(draft.organization.trim(), 150);
  const suggestions = useOrganizationSuggestions(orgQuery, opened && draft.kind === 'organization');
  const known = suggestions.data?.items ?? [];
  const set = (changes: Partial<TargetDraft>) => onDraftChange({ ...draft, ...changes });

  const submit = async () => {
    setError(null);
    const name = draft.organization.trim();
    const match = known.find((org) => org.name.toLowerCase() === name.toLowerCase());
    const body: NewTarget =
      draft.kind === 'organization'
        ? {
            kind: 'organization',
            ...(draft.organizationId || match
              ? { organizationId: draft.organizationId ?? match?.id }
              : { organization: name }),
            motivation: draft.motivation,
            posting: draft.posting,
            notes: draft.notes || null,
          }
        : {
            kind: draft.kind,
            label: draft.label.trim(),
            motivation: draft.motivation,
            posting: draft.posting,
            notes: draft.notes || null,
          };
    try {
      const target = await create.mutateAsync(body);
      onAdded(target.label);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  const named = draft.kind === 'organization' ? draft.organization.trim() : draft.label.trim();
  return (
    <Modal opened={opened} onClose={onClose} title="Add a target" size="lg">
      <form
        aria-label="New target"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            A place, role or field you want to learn about. Keep at least two open: comparing is how
            you find the fit.
          </Text>
          <Input.Wrapper label="What kind of target" labelElement="div">
            <SegmentedControl
              fullWidth
              aria-label="What kind of target"
              value={draft.kind}
              onChange={(kind) => set({ kind: kind as TargetKind })}
              data={(['organization', 'role', 'field'] as const).map((value) => ({
                value,
                label: KIND_LABELS[value],
              }))}
            />
          </Input.Wrapper>
          {draft.kind === 'organization' ? (
            <Autocomplete
              label="Organization"
              placeholder="Acme Health, or a new name"
              description="Pick one from your network or type a new one."
              data={known.map((org) => org.name)}
              value={draft.organization}
              onChange={(organization) => set({ organization, organizationId: undefined })}
              required
              // Started from an organization, the name is known: focus goes to the first choice instead.
              data-autofocus={draft.organizationId ? undefined : true}
            />
          ) : (
            <TextInput
              label={draft.kind === 'role' ? 'Role' : 'Field'}
              placeholder={
                draft.kind === 'role' ? 'Paramedic, UX researcher…' : 'Public health, UX research…'
              }
              value={draft.label}
              onChange={(event) => set({ label: event.currentTarget.value })}
              required
              data-autofocus
            />
          )}
          <Input.Wrapper
            labelElement="div"
            label="Motivation"
            description="How much do you want this? 1 is curious, 5 is a dream."
          >
            <Group gap="sm" mt={4}>
              <Rating
                role="radiogroup"
                aria-label="Motivation"
                value={draft.motivation}
                onChange={(motivation) => motivation > 0 && set({ motivation })}
                getSymbolLabel={(value) => `${value} of 5, ${MOTIVATION_WORDS[value] ?? ''}`}
                size="lg"
              />
              <Text size="sm">{MOTIVATION_WORDS[draft.motivation]}</Text>
            </Group>
          </Input.Wrapper>
          <Input.Wrapper labelElement="div" label="Posting" description={POSTING_HELP}>
            <SegmentedControl
              mt={4}
              fullWidth
              aria-label="Posting"
              value={String(draft.posting)}
              onChange={(value) => set({ posting: Number(value) })}
              data={POSTING_OPTIONS}
            />
          </Input.Wrapper>
          <Textarea
            label="Notes"
            placeholder="Why this one, what you want to find out"
            autosize
            minRows={2}
            value={draft.notes}
            onChange={(event) => set({ notes: event.currentTarget.value })}
          />
          {error && (
            <Alert color="red" variant="light" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!named}>
              Add target
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
