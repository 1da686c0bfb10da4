import { checkAboutThem } from './balance';
import { checkConnectionFirst } from './connection';
import { checkInterestStated } from './interest';
import { checkJobAsk } from './job-ask';
import { layoutOf } from './layout';
import { checkNoteLength, checkWordLimit } from './length';
import { checkEndsWithQuestion } from './question';
import { checkTimeAsk } from './time-ask';
import type { CheckOptions, Finding, MessageKind, RuleContext, Severity } from './types';
import { splitSentences } from './words';

type Rule = (context: RuleContext, findings: Finding[]) => void;

// Which rules a kind of message answers to. A request carries every element; asking a mutual
// contact for an introduction is a request too, but the reader *is* the connection; a follow-up
// still ends with a question; every message stays clear of asking for a job.
const RULES_BY_KIND: Record<MessageKind, readonly Rule[]> = {
  request: [
    checkWordLimit,
    checkConnectionFirst,
    checkJobAsk,
    checkTimeAsk,
    checkInterestStated,
    checkEndsWithQuestion,
    checkAboutThem,
  ],
  referral_intro_request: [
    checkWordLimit,
    checkJobAsk,
    checkTimeAsk,
    checkInterestStated,
    checkEndsWithQuestion,
  ],
  follow_up: [checkJobAsk, checkEndsWithQuestion],
  questions_in_advance: [checkJobAsk],
  thank_you: [checkJobAsk],
  introducer_thanks: [checkJobAsk],
  progress_update: [checkJobAsk],
};

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Checks a draft against the method rules of the playbook: errors first, then by position. */
export function checkOutreach(text: string, options: CheckOptions): Finding[] {
  // Nothing typed yet is nothing to point out.
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  const layout = layoutOf(text);
  const context: RuleContext = {
    text,
    layout,
    sentences: splitSentences(text, layout.body.start, layout.body.end),
    playbook: options.playbook,
    channel: options.channel ?? 'email',
    kind: options.kind ?? 'request',
  };
  const findings: Finding[] = [];
  for (const rule of RULES_BY_KIND[context.kind]) rule(context, findings);
  if (context.channel === 'linkedin_note') checkNoteLength(context, findings);
  return findings.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.start - b.start,
  );
}
