import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AgendaItem } from '#core/interview-view';
import { useDecide } from '../api/today.queries';
import type { DecisionBody } from '../api/today.api';
import { IRREVERSIBLE_WHEN_DONE } from './agenda-words';

type Decision = { decision: 'done' | 'dismissed' } | { decision: 'snoozed'; until: string };
export type Decide = (action: AgendaItem, decision: Decision) => void;

const CONFIRMATIONS = { done: 'Marked done.', dismissed: 'Dismissed.', snoozed: 'Snoozed.' };

/**
 * Done, snooze and dismiss, each taking the action off the list at once, with an Undo in the
 * notification where undoing is possible: a snooze back to the computed day, which the cadence
 * engine treats as no snooze at all. Used by the page, not by each action: an action leaves the
 * list at once, and callbacks of a mutation whose component has gone never run.
 */
export function useDecision(): Decide {
  const decide = useDecide();

  const undo = (action: AgendaItem, notificationId: string) => {
    notifications.hide(notificationId);
    decide.mutate(
      { actionId: action.id, decision: 'snoozed', until: action.snoozedFrom ?? action.due },
      {
        onError: (error) =>
          notifications.show({ color: 'red', title: 'Could not undo', message: error.message }),
      },
    );
  };

  return (action: AgendaItem, decision: Decision) => {
    const body: DecisionBody = { ...decision, actionId: action.id };
    const undoable = !(
      decision.decision === 'done' && IRREVERSIBLE_WHEN_DONE.includes(action.kind)
    );
    decide.mutate(body, {
      onSuccess: () => {
        const id = `decision-${action.id}`;
        notifications.show({
          id,
          color: 'teal',
          message: (
            <span>
              {CONFIRMATIONS[decision.decision]}{' '}
              {undoable && (
                <Button size="compact-xs" variant="light" onClick={() => undo(action, id)}>
                  Undo
                </Button>
              )}
            </span>
          ),
          autoClose: 8000,
        });
      },
      onError: (error) =>
        notifications.show({
          color: 'red',
          title: 'That did not save',
          message: `${error.message} The action is back on your list.`,
        }),
    });
  };
}
