import { A } from './patterns';
import { exampleMinutes } from './time-ask';
import type { Finding, RuleContext } from './types';
import type { Span } from './words';

// Courtesy after the question does not hide it: "Would you have 15 minutes? Thanks so much!"
// or a call-back number at the end of a voicemail.
const COURTESY = new RegExp(
  `^(?:${[
    'thanks?\\b',
    'thank\\s+you',
    'many\\s+thanks',
    'much\\s+appreciated',
    `(?:i\\s+)?(?:really\\s+)?appreciate`,
    `(?:i${A}m\\s+|i\\s+am\\s+|i\\s+)?look(?:ing)?\\s+forward`,
    `(?:i\\s+)?hope\\s+to\\s+hear`,
    `(?:i\\s+)?hope\\s+(?:you|your|all|this)`,
    'have\\s+a\\s+(?:great|good|nice|lovely|wonderful)',
    'all\\s+the\\s+best',
    'best\\s+wishes',
    'cheers',
    `no\\s+(?:worries|pressure|problem)`,
    `(?:and\\s+)?(?:either\\s+way|if\\s+not|if\\s+you${A}re\\s+too\\s+busy|totally\\s+understand|i\\s+(?:completely\\s+|totally\\s+)?understand)`,
    `(?:you\\s+can|feel\\s+free\\s+to|please)\\s+(?:reach|call|text|email|e-mail|contact)`,
    `(?:my|the\\s+best)\\s+(?:number|phone|cell|mobile|email)`,
    `(?:again,\\s+)?(?:this\\s+is|that${A}s|it${A}s)\\s+\\p{Lu}\\p{L}*\\s+(?:at|on)\\s+[+\\d(]`,
    'i\\s+can\\s+be\\s+reached',
    'talk\\s+(?:soon|to\\s+you)',
  ].join('|')})`,
  'iu',
);
// Courtesy sentences run a few words; a long sentence is content even when it starts "Thanks".
const COURTESY_MAX_WORDS = 16;
const MAX_TRAILING_COURTESY = 3;
// A question without its question mark still reads as one: "Would you be open to a short call."
const INTERROGATIVE =
  /^(?:would|could|can|may|might|do|does|did|are|is|will|shall|have|has)\s+(?:you|i|we|it|there|that|this)\b|^(?:what|when|how|where|which|who|why)\b/i;
const QUESTION_END = /\?[\s"'’”)\]\p{Extended_Pictographic}:;-]*$/u;

const isCourtesy = (sentence: string) =>
  COURTESY.test(sentence) && sentence.split(/\s+/).length <= COURTESY_MAX_WORDS;

/** `ends-with-question`: the last thing the reader meets is a question they can answer. */
export function checkEndsWithQuestion(
  { text, sentences, playbook }: RuleContext,
  findings: Finding[],
): void {
  if (sentences.length === 0) return;
  let last = sentences.length - 1;
  for (let skipped = 0; last > 0 && skipped < MAX_TRAILING_COURTESY; skipped += 1) {
    if (!isCourtesy(text.slice(sentences[last]!.start, sentences[last]!.end))) break;
    last -= 1;
  }
  const final: Span = sentences[last]!;
  const sentence = text.slice(final.start, final.end);
  if (QUESTION_END.test(sentence) || INTERROGATIVE.test(sentence)) return;
  const asked = sentences.some((s) => text.slice(s.start, s.end).includes('?'));
  findings.push({
    rule: 'ends-with-question',
    severity: 'warning',
    message: asked
      ? 'Your question comes before the end; closing on it makes the next step obvious and easy to answer.'
      : 'Ending with a simple question gives the reader an easy way to say yes.',
    start: final.start,
    end: final.end,
    suggestion: asked
      ? 'Move your question to the end, after everything else you want to say.'
      : `Finish with a question such as “Would you have ${exampleMinutes(playbook)} minutes for a call next week?”`,
  });
}
