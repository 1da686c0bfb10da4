import { A, isNegated, matchesIn, words } from './patterns';
import type { Finding, RuleContext } from './types';

// The connection counts as "first" when it appears in the first two sentences of the body: one
// sentence may well say who is writing ("This is Ana, a junior at State").
const EARLY_SENTENCES = 2;

const KIN =
  '(?:friend|colleague|classmate|co-?worker|cousin|sister|brother|mother|mom|mum|father|dad|aunt|uncle|neighbou?r|mentor|professor|teacher|advisor|adviser|manager|boss|coach|counsell?or|former\\s+\\p{L}+)';

// Ways people say who connects them: a referrer, a shared school, group or event, a past meeting.
const CONNECTION = words([
  `(?:suggested|recommended|advised)\\s+(?:that\\s+)?(?:i|we)\\s+(?:(?:should|might|could)\\s+)?(?:reach|contact|get|talk|speak|connect|write|email|e-mail|message|call|ask|chat)`,
  `(?:suggested|recommended|advised)\\s+(?:contacting|reaching|talking|speaking|connecting|writing|asking|getting)`,
  '(?:suggested|recommended|mentioned|named)\\s+you',
  `(?:referred|pointed|directed|sent)\\s+me\\s+(?:to\\s+you|your\\s+way|in\\s+your\\s+direction|here)`,
  `(?:got|received|was\\s+given|have|found)\\s+your\\s+(?:name|contact|details|email(?:\\s+address)?|info(?:rmation)?|number|profile)\\s+(?:from|through|via|thanks\\s+to|in|on)`,
  'your\\s+name\\s+came\\s+up',
  '(?:gave|passed|sent)\\s+me\\s+your\\s+(?:name|contact|details|email|number)',
  `passed\\s+(?:along|on)\\s+your\\s+(?:name|details|email|contact)`,
  `(?:we|you\\s+and\\s+i|and\\s+i)\\s+(?:briefly\\s+|recently\\s+|first\\s+)?(?:met|spoke|chatted|talked|connected|worked|studied|volunteered|served|were\\s+(?:in|at|on))`,
  `we${A}ve\\s+(?:met|spoken|chatted|worked)`,
  'we\\s+both',
  `(?:we|you)(?:\\s+are|${A}re)\\s+(?:both|also|connected)`,
  'we\\s+share',
  '(?:a|an|as|my|our)\\s+fellow',
  `(?:i${A}m|i\\s+am)\\s+(?:also\\s+)?(?:a|an)\\s+(?:proud\\s+|recent\\s+|current\\s+)?(?:member|alum(?:nus|na|ni|nae)?|graduate)\\s+of`,
  `(?:also|too)\\s+(?:a|an)\\s+(?:\\p{L}+\\s+)?(?:alum(?:nus|na|ni|nae)?|graduate|member)`,
  `(?:mutual|common)\\s+(?:friends?|connections?|contacts?|acquaintances?|colleagues?)`,
  `(?:mentioned|told\\s+me\\s+about|spoke\\s+(?:so\\s+)?(?:highly\\s+)?(?:of|about)|speaks\\s+(?:so\\s+)?highly\\s+of)\\s+(?:that\\s+)?(?:you|your)`,
  `(?<!\\bi\\s)(?:thought|said|says|thinks)\\s+(?:that\\s+)?you${A}?(?:d|\\s+would|\\s+might|\\s+could|\\s+are|${A}re)`,
  `${KIN}\\s*,?\\s+(?:[\\p{Lu}][\\p{L}'’-]*\\s+){0,3}(?:suggested|recommended|mentioned|said|thought|told)`,
  `(?:introduc(?:ed|ing)\\s+us|the\\s+introduction|for\\s+introducing|to\\s+bcc)`,
  `(?:heard|saw|watched|attended|enjoyed)\\s+(?:you|your)\\s+(?:speak|talk|present|panel|presentation|webinar|session|keynote|lecture|workshop)`,
  `you\\s+(?:taught|supervised|mentored|interviewed|hosted)\\s+(?:me|my)`,
  'remember\\s+me',
  `long\\s+time\\s+no\\s+(?:see|talk|speak)`,
  `it${A}s\\s+been\\s+(?:a\\s+while|ages|too\\s+long|so\\s+long)`,
  'since\\s+we\\s+(?:last|graduated|worked)',
  `(?:saw|read|came\\s+across|found|enjoyed|loved|heard)\\s+your\\s+(?:recent\\s+)?(?:post|article|talk|profile|interview|podcast|episode|blog|newsletter|thread|video|book|paper|presentation|comment)`,
  'we\\s+connected',
  'thanks?\\s+(?:you\\s+)?for\\s+(?:connecting|accepting)',
]);

// "I hope this finds you well" opens many messages without saying anything; it does not push the
// connection out of first place.
const PLEASANTRY = new RegExp(
  `^(?:i\\s+)?(?:hope|trust)\\s+(?:this|you|you${A}re|your|all|everything|the)\\b|^(?:happy\\s+\\p{L}+day|good\\s+(?:morning|afternoon|evening))\\b`,
  'iu',
);

/** The position of the sentence holding `offset`, not counting opening pleasantries. */
function sentenceIndexAt({ text, sentences }: RuleContext, offset: number): number {
  let index = 0;
  for (const sentence of sentences) {
    if (offset < sentence.end) return index;
    if (!(index === 0 && PLEASANTRY.test(text.slice(sentence.start, sentence.end)))) index += 1;
  }
  return index;
}

/** `connection-first`: the referrer or shared connection is named at the start. */
export function checkConnectionFirst(context: RuleContext, findings: Finding[]): void {
  const { text, layout } = context;
  const found = matchesIn(CONNECTION, text, layout.body.start, layout.body.end).find(
    (m) => !isNegated(text, m.start, m.end, false),
  );
  if (found && sentenceIndexAt(context, found.start) < EARLY_SENTENCES) return;
  if (found) {
    const sentence = context.sentences.find((s) => found.start < s.end)!;
    findings.push({
      rule: 'connection-first',
      severity: 'warning',
      message:
        'Naming your connection right at the start tells the reader why you are writing to them, and makes a yes much more likely.',
      start: sentence.start,
      end: sentence.end,
      suggestion: 'Move this sentence up to open the message, straight after the greeting.',
    });
    return;
  }
  findings.push({
    rule: 'connection-first',
    severity: 'warning',
    message:
      'People answer more readily when they know how you found them, so the first sentence works best when it names your connection.',
    start: 0,
    end: 0,
    suggestion:
      'Open with who connects you, e.g. “Maria Lopez suggested I reach out” or “As a fellow State University alumna…”; if no one does, say where you found them.',
  });
}
