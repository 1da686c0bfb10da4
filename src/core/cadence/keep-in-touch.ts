import { toMs, type ActionDraft, type CadenceContext } from './context';
import { addDays } from './local-date';
import { keepInTouchReason } from './reasons';
import type { CadenceConversation } from './types';

/**
 * Keep-in-touch is for people the user has actually talked with (their latest conversation),
 * not archived: the whole network would bury Today. The clock starts at the last interaction of
 * any kind, or at the conversation itself when nothing later was logged; the due day rolls to a
 * business day. The id carries that day, so a new interaction starts a new reminder and an old
 * "done" or "dismissed" does not silence it. The interval is the playbook of the latest
 * conversation with the person.
 */
export function keepInTouchActions(
  conversations: readonly CadenceConversation[],
  contextFor: (playbookId: string | null | undefined) => CadenceContext,
): ActionDraft[] {
  const drafts: ActionDraft[] = [];
  for (const { personId, interviewId, at, playbookId } of conversations) {
    const ctx = contextFor(playbookId);
    const weeks = ctx.playbook.keepInTouchWeeks;
    const person = ctx.person(personId);
    if (!person || person.archived) continue;
    const last = Math.max(toMs(at) ?? -Infinity, ctx.contact(personId)?.lastAt ?? -Infinity);
    if (!Number.isFinite(last)) continue;
    const since = ctx.localDate(last);
    drafts.push({
      id: `keep_in_touch:${personId}:${since}`,
      kind: 'keep_in_touch',
      due: ctx.businessDayOnOrAfter(addDays(since, weeks * 7)),
      // The conversation the update follows up on: its draft belongs to that interview.
      interviewId,
      personId,
      reason: keepInTouchReason(person.name, weeks),
    });
  }
  return drafts;
}
