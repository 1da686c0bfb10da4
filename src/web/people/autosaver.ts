import type { Person } from '#core/person';
import { isApiError } from '../api/client';
import type { PersonChanges } from '../api/people.api';
import {
  changedFields,
  issuesToErrors,
  toFormValues,
  validatePerson,
  type FieldErrors,
  type PersonField,
  type PersonFormValues,
} from './person-form-values';

/** What the status line shows. `pending` and `saving` read the same, so screen readers hear it once. */
export type AutosaveState =
  | { kind: 'idle' }
  | { kind: 'reloaded' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'waiting' }
  | { kind: 'invalid'; fields: PersonField[] }
  | { kind: 'failed'; message: string; fieldErrors: FieldErrors }
  | { kind: 'conflict'; current: Person };

/** The last version the server confirmed, and the values it holds as this page knows them. */
export type SavedBase = { version: number; values: PersonFormValues };

type Options = {
  save: (version: number, changes: PersonChanges) => Promise<Person>;
  onSaved: (person: Person) => void;
  onState: (state: AutosaveState, base: SavedBase) => void;
  /** A save that fails after its page is gone can only be reported this way. */
  onDetachedError: (message: string) => void;
  delayMs: number;
  /**
   * Fields a pause in typing does not save, only leaving them (blur, Done, leaving the page):
   * saving "Acm" on the way to "Acme Health" would create an organization nobody meant.
   */
  saveOnLeave?: readonly PersonField[];
};

/** `pause`: the typing pause ran out; `now`: the user left a field, pressed Enter or Done, or left. */
type FlushMode = 'pause' | 'now';

function pick(values: PersonFormValues, fields: PersonField[]) {
  return Object.fromEntries(fields.map((field) => [field, values[field]]));
}

/**
 * Saves a person's edits as they are typed, one PATCH at a time. Kept free of React so a save
 * started by leaving the page still finishes, and so the queueing rules can be read in one place.
 */
export function createAutosaver(initial: SavedBase, options: Options) {
  let base = initial;
  let values = initial.values;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let flight: Promise<void> | null = null;
  let queued: FlushMode | null = null;
  let paused = false;
  let attached = true;
  let state: AutosaveState = { kind: 'idle' };

  const setState = (next: AutosaveState) => {
    state = next;
    options.onState(next, base);
  };
  const unsavedFields = () => Object.keys(changedFields(base.values, values)) as PersonField[];
  /** What to say when nothing is being sent: problems first, then fields waiting to be left. */
  const restingState = (): AutosaveState => {
    const errors = validatePerson(values);
    const changed = unsavedFields();
    const held = changed.filter((field) => errors[field]);
    if (held.length > 0) return { kind: 'invalid', fields: held };
    return changed.length > 0 ? { kind: 'waiting' } : { kind: 'saved' };
  };

  function flush(mode: FlushMode = 'now'): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (flight) {
      // One request at a time: the next one must carry the version this one returns.
      queued = queued === 'now' ? 'now' : mode;
      return flight;
    }
    if (paused) return Promise.resolve();
    const errors = validatePerson(values);
    const deferred = mode === 'pause' ? (options.saveOnLeave ?? []) : [];
    // Invalid fields stay in the form, unsent; the valid ones around them still save.
    const sending = unsavedFields().filter((field) => !errors[field] && !deferred.includes(field));
    if (sending.length === 0) {
      const next = restingState();
      // Leaving an untouched field is no news: "Changes save as you type" stays until there is some.
      const quiet = ['idle', 'reloaded', 'saved'].includes(state.kind) && next.kind === 'saved';
      if (!quiet) setState(next);
      return Promise.resolve();
    }
    const snapshot = values;
    const body = changedFields(base.values, snapshot);
    const changes: PersonChanges = Object.fromEntries(sending.map((field) => [field, body[field]]));
    setState({ kind: 'saving' });
    flight = options
      .save(base.version, changes)
      .then(
        (person) => {
          // The base keeps what was typed, not the server's normalised text, so a trimmed or
          // re-cased value never looks like a new change and saves again in a loop.
          base = {
            version: person.version,
            values: { ...base.values, ...pick(snapshot, sending) },
          };
          options.onSaved(person);
          return true;
        },
        (error: unknown) => {
          fail(error, snapshot);
          return false;
        },
      )
      .then((ok) => {
        flight = null;
        const again = queued;
        queued = null;
        if (!ok) return;
        if (again) return flush(again);
        if (timer === undefined) setState(restingState());
      });
    return flight;
  }

  function fail(error: unknown, snapshot: PersonFormValues) {
    queued = null;
    const details = isApiError(error)
      ? (error.details as { current?: Person } | undefined)
      : undefined;
    if (isApiError(error) && error.code === 'conflict' && details?.current) {
      paused = true;
      setState({ kind: 'conflict', current: details.current });
      if (!attached) options.onDetachedError(`${base.values.name} was changed elsewhere.`);
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    const fieldErrors =
      isApiError(error) && error.issues.length > 0 ? issuesToErrors(error.issues, snapshot) : {};
    setState({ kind: 'failed', message, fieldErrors });
    if (!attached) options.onDetachedError(message);
  }

  return {
    /** The user typed: save after a pause, unless a conflict is waiting for their choice. */
    change(next: PersonFormValues) {
      values = next;
      clearTimeout(timer);
      timer = undefined;
      if (paused) return;
      if (unsavedFields().length === 0) {
        if (!flight && state.kind !== 'idle') setState({ kind: 'saved' });
        return;
      }
      if (!flight) setState({ kind: 'pending' });
      timer = setTimeout(() => void flush('pause'), options.delayMs);
    },
    flush: () => flush('now'),
    /** Resolves once nothing is in flight or queued; true when every change is saved. */
    async settle() {
      await flush();
      while (flight) await flight;
      return !paused && unsavedFields().length === 0 && state.kind !== 'failed';
    },
    hasUnsaved: () => flight !== null || unsavedFields().length > 0,
    /** Conflict: take the saved version and drop my edits. */
    reload(current: Person) {
      base = { version: current.version, values: toFormValues(current) };
      values = base.values;
      paused = false;
      setState({ kind: 'reloaded' });
      return values;
    },
    /** Conflict: keep their changes to fields I left alone, and save mine on top. */
    overwrite(current: Person) {
      const mine = pick(values, unsavedFields());
      base = { version: current.version, values: toFormValues(current) };
      values = { ...base.values, ...mine };
      paused = false;
      void flush();
      return values;
    },
    /** Closing the conflict prompt: the next edit tries again and asks again if still stale. */
    dismiss() {
      paused = false;
      setState({
        kind: 'failed',
        message: 'This person was changed elsewhere. Your next edit will ask again.',
        fieldErrors: {},
      });
    },
    attach() {
      attached = true;
    },
    /** Leaving the page: send what is waiting rather than drop it. */
    detach() {
      attached = false;
      if (timer !== undefined || (!flight && unsavedFields().length > 0)) void flush();
    },
  };
}

export type Autosaver = ReturnType<typeof createAutosaver>;
