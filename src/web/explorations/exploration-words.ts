import { EXPLORATION_KINDS, EXPLORATION_STATUSES } from '#core/interview-input';
import type { Exploration } from '#core/interview-input';

export const KIND_LABELS: Record<Exploration['kind'], string> = {
  field: 'Field',
  role: 'Role',
  industry: 'Industry',
  organization: 'Organization',
};

export const STATUS_LABELS: Record<Exploration['status'], string> = {
  exploring: 'Exploring',
  shortlisted: 'Shortlisted',
  pursuing: 'Pursuing',
  parked: 'Parked',
  ruled_out: 'Ruled out',
};

export const STATUS_COLORS: Record<Exploration['status'], string> = {
  exploring: 'blue',
  shortlisted: 'violet',
  pursuing: 'teal',
  parked: 'gray',
  ruled_out: 'red',
};

export const KIND_OPTIONS = EXPLORATION_KINDS.map((value) => ({
  value,
  label: KIND_LABELS[value],
}));
export const STATUS_OPTIONS = EXPLORATION_STATUSES.map((value) => ({
  value,
  label: STATUS_LABELS[value],
}));
