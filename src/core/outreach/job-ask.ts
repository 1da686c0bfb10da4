import { A, isNegated, matchesIn, words } from './patterns';
import type { Finding, RuleContext } from './types';

const CV = 'r[ée]sum[ée]s?|cv|c\\.v\\.';
const JOB = '(?:job|position|role|opening|internship|vacancy|posting|req)s?';
const QUALIFIER =
  '(?:new|full[- ]time|part[- ]time|permanent|paid|entry[- ]level|summer|junior|graduate)';

// Asking for a job, an opening, a referral for a position, or help getting hired.
const JOB_ASK = words([
  `(?:looking|searching|hunting|asking|hoping|angling)\\s+(?:you\\s+)?for\\s+(?:a|an|any)?\\s*(?:${QUALIFIER}\\s+)?(?:jobs?|positions?|employment|internships?|roles?(?!\\s+models?)|openings?|vacanc(?:y|ies)|work(?!-))`,
  `seeking\\s+(?:a\\s+|an\\s+)?(?:${QUALIFIER}\\s+)?(?:jobs?|positions?|employment|internships?|roles?)`,
  `(?:job\\s+)?openings`,
  `(?:an?|any|job|current|upcoming|available)\\s+openings?`,
  'vacanc(?:y|ies)',
  `(?:are|is|you${A}re|they${A}re|if\\s+you|whether\\s+you)\\s+(?:[\\p{L}'’]+\\s+){0,3}?hiring(?!\\s+(?:managers?|process(?:es)?|practices|committees?|decisions?|trends|landscape))`,
  `(?:refer|recommend|nominate|consider)\\s+me\\s+for`,
  `(?:refer|recommend|introduce|connect)\\s+me\\s+to\\s+(?:the|a|an|your)\\s+(?:hiring\\s+manager|recruiter|recruiting\\s+team|talent\\s+team|hr\\s+team|hr)`,
  `(?:refer|recommend)\\s+me\\s+to\\s+(?:the|a|an|your)\\s+(?:[\\p{L}-]+\\s+){0,3}?${JOB}`,
  `(?:employee\\s+|internal\\s+|job\\s+)?referral\\s+for\\s+(?:the|a|an|your|this|that|one)\\s+(?:[\\p{L}-]+\\s+){0,3}?${JOB}`,
  '(?:employee|internal)\\s+referral',
  'put\\s+in\\s+a\\s+(?:good\\s+)?word\\s+for\\s+me',
  'put\\s+(?:me|my\\s+name)\\s+forward',
  `(?:i\\s+(?:have\\s+|just\\s+|recently\\s+)*applied|i${A}ve\\s+(?:just\\s+|recently\\s+|already\\s+)?applied|i${A}m\\s+applying|i\\s+am\\s+applying|i\\s+plan\\s+to\\s+apply|i${A}m\\s+planning\\s+to\\s+apply)\\s+(?:for|to)\\s+(?:the|a|an|your|one\\s+of\\s+your)\\s+(?:[\\p{L}-]+\\s+){0,4}?${JOB}`,
  'hire\\s+me',
  `(?:i${A}m|i\\s+am)\\s+(?:currently\\s+|actively\\s+|now\\s+)?(?:job[- ]hunting|job[- ]searching|on\\s+the\\s+job\\s+market)`,
  `(?:give|offer)\\s+me\\s+(?:a|an)\\s+(?:${QUALIFIER}\\s+)?(?:job|position|role|internship)`,
  `(?:help|helping)\\s+me\\s+(?:get|find|land|secure)\\s+(?:a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:job|position|role|internship)`,
  'keep\\s+me\\s+in\\s+mind\\s+for',
  `(?:open|current|available|upcoming)\\s+(?:roles|positions|jobs|opportunities|reqs|vacancies)`,
  `(?:open|available)\\s+(?:role|position|req)`,
  'any\\s+(?:roles|positions|jobs|job\\s+opportunities)(?!\\s+(?:like|such))',
]);

// Sending a CV or résumé with the request.
const CV_SENT = words([
  `(?:i${A}ve|i\\s+have|i)\\s+(?:also\\s+|just\\s+)?(?:attached|enclosed|included|uploaded)\\s+(?:a\\s+copy\\s+of\\s+)?(?:my|a|the)\\s+(?:current\\s+|updated\\s+|latest\\s+|most\\s+recent\\s+)?(?:${CV})`,
  `(?:my\\s+)?(?:${CV})\\s+(?:is\\s+)?(?:attached|enclosed|included)`,
  `(?:please\\s+)?find\\s+(?:attached\\s+|enclosed\\s+)?(?:a\\s+copy\\s+of\\s+)?my\\s+(?:${CV})`,
  `(?:attached|enclosed)\\s+(?:is|are|you${A}ll\\s+find|you\\s+will\\s+find|please\\s+find)\\s+(?:a\\s+copy\\s+of\\s+)?my\\s+(?:${CV})`,
  `(?:i${A}m\\s+|i\\s+am\\s+|i${A}ll\\s+be\\s+)?(?:attaching|enclosing|sending|including|forwarding)\\s+(?:you\\s+)?(?:a\\s+copy\\s+of\\s+)?my\\s+(?:${CV})`,
  `here(?:${A}s|\\s+is)\\s+my\\s+(?:${CV})`,
]);

/** `no-job-ask`: the request asks for information and advice, never for a job or with a CV. */
export function checkJobAsk({ text }: RuleContext, findings: Finding[]): void {
  // The whole text, signature and P.S. included: "P.S. I've attached my CV" counts too.
  for (const { start, end, match } of matchesIn(JOB_ASK, text, 0, text.length)) {
    if (isNegated(text, start, end)) continue;
    findings.push({
      rule: 'no-job-ask',
      severity: 'error',
      message:
        'People say yes far more easily to a request for advice than to anything that reads like a job application, so this is best left out.',
      start,
      end,
      suggestion: `Replace “${match[0]}” with what you would like to learn, e.g. “I'd value your advice on how people get started in this field”; you can also say you are not asking for a job.`,
    });
  }
  for (const { start, end, match } of matchesIn(CV_SENT, text, 0, text.length)) {
    if (isNegated(text, start, end)) continue;
    findings.push({
      rule: 'no-job-ask',
      severity: 'error',
      message:
        'A résumé sent with the request makes it look like a job application; the method keeps it for when someone asks to see it.',
      start,
      end,
      suggestion: `Remove “${match[0]}” and the attachment; if they offer to look at your résumé later, send it then.`,
    });
  }
}
