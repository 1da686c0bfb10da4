import { nameOf, toMs, type ActionDraft, type CadenceContext } from './context';
import { earlierOf, laterOf } from './local-date';
import {
  askSecondPersonReason,
  followUpReason,
  markNoReplyReason,
  sendQuestionsReason,
  thankIntroducerReason,
  thankYouReason,
} from './reasons';
import type { CadenceInterview, LocalDate } from './types';

const HOUR_MS = 3_600_000;

/** The only stages that call for actions; an interview in any other stage has none. */
export const STAGES_WITH_ACTIONS = ['asked', 'agreed', 'scheduled', 'held'] as const;

/** The actions an interview's stage calls for; people who were archived get none. */
export function interviewActions(interview: CadenceInterview, ctx: CadenceContext): ActionDraft[] {
  if (ctx.person(interview.personId)?.archived) return [];
  switch (interview.stage) {
    case 'asked':
      return noReplyActions(interview, ctx);
    case 'agreed':
    case 'scheduled':
      return sendQuestionsActions(interview, ctx);
    case 'held':
      return thankYouActions(interview, ctx);
    default:
      return [];
  }
}

/**
 * The playbook's nudges, counted in business days from the local day the request went out, then
 * closing it as no reply. Anything heard back after the request stops all of them: the reply
 * recorded on the interview, or a message received, call or meeting logged with the person.
 * A follow-up the user sent after the request settles the follow-up steps it answers (see
 * `followUpDone`); the second person and the closing step still follow.
 * Ids carry the request day, so asking again later starts a fresh cadence with fresh decisions.
 */
function noReplyActions(interview: CadenceInterview, ctx: CadenceContext): ActionDraft[] {
  const sent = toMs(interview.requestSentAt);
  if (sent === null) return [];
  const reply = toMs(interview.lastReplyAt);
  if (reply !== null && reply >= sent) return [];
  if ((ctx.contact(interview.personId)?.lastInboundAt ?? -Infinity) >= sent) return [];

  const { steps, giveUpAfterBusinessDays } = ctx.playbook.cadence;
  const sentOn = ctx.localDate(sent);
  const name = nameOf(ctx, interview.personId);
  const base = { interviewId: interview.id, personId: interview.personId };
  const organizationId =
    interview.organizationId ?? ctx.person(interview.personId)?.organizationId ?? null;
  const organization = organizationId ? { name: ctx.organizationName(organizationId) } : null;
  const { person: next, allInConversations } = ctx.secondPerson(organizationId);
  const followUp = toMs(interview.followUpSentAt);
  const followedUpOn = followUp !== null && followUp >= sent ? ctx.localDate(followUp) : null;
  const firstFollowUp = steps.find((step) => step.action === 'follow_up');

  const drafts: ActionDraft[] = [];
  for (const step of steps) {
    const due = ctx.addBusinessDays(sentOn, step.afterBusinessDays);
    if (step.action === 'follow_up' && followUpDone(followedUpOn, due, step === firstFollowUp)) {
      continue;
    }
    const draft: ActionDraft = {
      id: `${step.action}:${interview.id}:${sentOn}:${step.afterBusinessDays}`,
      kind: step.action,
      due,
      ...base,
      reason:
        step.action === 'follow_up'
          ? followUpReason(name, step.afterBusinessDays)
          : askSecondPersonReason(
              name,
              step.afterBusinessDays,
              organization,
              next?.name,
              allInConversations,
            ),
    };
    if (step.action === 'ask_second_person' && next) draft.suggestedPersonId = next.id;
    drafts.push(draft);
  }

  const giveUpAfter =
    Math.max(...steps.map((step) => step.afterBusinessDays)) + giveUpAfterBusinessDays;
  const close: ActionDraft = {
    id: `mark_no_reply:${interview.id}:${sentOn}`,
    kind: 'mark_no_reply',
    due: ctx.addBusinessDays(sentOn, giveUpAfter),
    ...base,
    reason: markNoReplyReason(
      name,
      giveUpAfter,
      next && { name: next.name, organization: organization?.name },
    ),
  };
  if (next) close.suggestedPersonId = next.id;
  return [...drafts, close];
}

/**
 * Whether the latest follow-up (sent on `followedUpOn`, after the request) answers a follow-up
 * step due on `due`. It answers the first step even when sent early, and any step that had
 * fallen due by then; a later step of a playbook with several still asks for one more.
 */
function followUpDone(followedUpOn: LocalDate | null, due: LocalDate, first: boolean): boolean {
  return followedUpOn !== null && (first || due <= followedUpOn);
}

/**
 * Questions in advance: the business day after the yes, or two business days before the meeting
 * when that is sooner — never before the yes itself. Once the meeting time has passed it is too
 * late to be useful, so nothing is suggested.
 */
function sendQuestionsActions(interview: CadenceInterview, ctx: CadenceContext): ActionDraft[] {
  if (interview.questionsSentAt !== null) return [];
  const agreed = toMs(interview.agreedAt) ?? toMs(interview.lastReplyAt);
  if (agreed === null) return [];
  const scheduled = toMs(interview.scheduledFor);
  if (scheduled !== null && scheduled <= ctx.asOfMs) return [];

  const agreedOn = ctx.localDate(agreed);
  let due = ctx.addBusinessDays(agreedOn, 1);
  if (scheduled !== null) {
    due = laterOf(agreedOn, earlierOf(due, ctx.addBusinessDays(ctx.localDate(scheduled), -2)));
  }
  return [
    {
      id: `send_questions:${interview.id}:${agreedOn}`,
      kind: 'send_questions',
      due,
      interviewId: interview.id,
      personId: interview.personId,
      reason: sendQuestionsReason(nameOf(ctx, interview.personId), scheduled !== null),
    },
  ];
}

/**
 * After the conversation: the thank-you is due on the local day the playbook's window ends
 * (elapsed hours, so a clock change inside the window is counted correctly), and the introducer
 * is thanked on the same day. Thanks sent before the conversation (for agreeing to talk, say)
 * are not the thank-you for it, so they do not settle either action.
 */
function thankYouActions(interview: CadenceInterview, ctx: CadenceContext): ActionDraft[] {
  const held = toMs(interview.heldAt) ?? toMs(interview.scheduledFor);
  if (held === null) return [];
  const hours = ctx.playbook.thankYouWithinHours;
  const due = ctx.localDate(held + hours * HOUR_MS);
  const name = nameOf(ctx, interview.personId);
  const base = { due, interviewId: interview.id, personId: interview.personId };
  const thankedAfter = (instant: string | null) => (toMs(instant) ?? -Infinity) >= held;
  const drafts: ActionDraft[] = [];
  if (!thankedAfter(interview.thankYouSentAt)) {
    drafts.push({
      id: `thank_you:${interview.id}`,
      kind: 'thank_you',
      ...base,
      reason: thankYouReason(name, hours),
    });
  }
  const introducerId = interview.introducedById;
  if (introducerId !== null && !thankedAfter(interview.introducerThankedAt)) {
    drafts.push({
      id: `thank_introducer:${interview.id}:${introducerId}`,
      kind: 'thank_introducer',
      ...base,
      personId: introducerId,
      reason: thankIntroducerReason(nameOf(ctx, introducerId), name),
    });
  }
  return drafts;
}
