import { toMs, type ActionDraft, type CadenceContext } from './context';
import { addDays } from './local-date';
import { keepInTouchReason } from './reasons';
import type { CadenceInterview } from './types';

/**
 * Keep-in-touch is for people the user has actually talked with (an interview held or closed),
 * not archived: the whole network would bury Today. The clock starts at the last interaction of
 * any kind, or at the conversation itself when nothing later was logged; the due day rolls to a
 * business day. The id carries that day, so a new interaction starts a new reminder and an old
 * "done" or "dismissed" does not silence it. The interval is the playbook of the latest
 * conversation with the person.
 */
export function keepInTouchActions(
  interviews: readonly CadenceInterview[],
  contextFor: (interview: CadenceInterview) => CadenceContext,
): ActionDraft[] {
  const talkedAt = new Map<string, { held: number; interview: CadenceInterview }>();
  for (const interview of interviews) {
    if (interview.stage !== 'held' && interview.stage !== 'closed') continue;
    const held = toMs(interview.heldAt) ?? toMs(interview.scheduledFor) ?? -Infinity;
    const latest = talkedAt.get(interview.personId);
    if (!latest || held > latest.held) talkedAt.set(interview.personId, { held, interview });
  }
  const drafts: ActionDraft[] = [];
  for (const [personId, { held, interview }] of talkedAt) {
    const ctx = contextFor(interview);
    const weeks = ctx.playbook.keepInTouchWeeks;
    const person = ctx.person(personId);
    if (!person || person.archived) continue;
    const last = Math.max(held, ctx.contact(personId)?.lastAt ?? -Infinity);
    if (!Number.isFinite(last)) continue;
    const since = ctx.localDate(last);
    drafts.push({
      id: `keep_in_touch:${personId}:${since}`,
      kind: 'keep_in_touch',
      due: ctx.businessDayOnOrAfter(addDays(since, weeks * 7)),
      personId,
      reason: keepInTouchReason(person.name, weeks),
    });
  }
  return drafts;
}
