import { matchesIn, words } from './patterns';
import type { Playbook } from '../playbook';
import type { Finding, RuleContext } from './types';

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  five: 5,
  ten: 10,
  fifteen: 15,
  twenty: 20,
  'twenty-five': 25,
  'twenty five': 25,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  'forty five': 45,
  sixty: 60,
  ninety: 90,
};
const NUM =
  '\\d{1,3}|one|two|three|five|ten|fifteen|twenty(?:[- ]five)?|thirty|forty(?:[- ]five)?|sixty|ninety';

// Groups: 1–2 a number of minutes (or a range), 3 a number of hours, 4 half an hour, 5 a quarter
// of an hour, 6 "an hour", 7 a small ask without a number ("a short call", "a few minutes").
const TIME_ASK = words([
  `(${NUM})(?:\\s*(?:-|–|to|or)\\s*(${NUM}))?[\\s-]*(?:minutes?|mins?)`,
  `(\\d|two|three)(?:\\s*(?:-|–|to|or)\\s*(?:\\d|two|three))?[\\s-]*hours?`,
  '(half\\s+an\\s+hour|half[- ]hour)',
  '((?:a\\s+)?quarter\\s+(?:of\\s+an\\s+)?hour)',
  '((?:an|one)[\\s-]+hour)',
  '((?:a|one)\\s+(?:short|quick|brief)\\s+(?:[\\p{L}-]+\\s+)?(?:call|chat|conversation|meeting|coffee|video\\s+call|phone\\s+call|zoom|talk|discussion)|(?:a\\s+)?few\\s+(?:minutes|mins|moments)|a\\s+couple\\s+(?:of\\s+)?minutes)',
]);

/** A round number of minutes inside the playbook's range, for examples ("15" for 10–20). */
export function exampleMinutes(playbook: Playbook): number {
  const { min, max } = playbook.outreach.timeAskMinutes;
  return Math.max(min, Math.min(max, Math.round((min + max) / 10) * 5));
}

const toMinutes = (value: string): number => NUMBER_WORDS[value.toLowerCase()] ?? Number(value);

/** The longest and shortest minutes a time ask names; null for a small ask without a number. */
function minutesOf(match: RegExpExecArray): { low: number; high: number } | null {
  const [, from, to, hours, half, quarter, hour] = match;
  if (from) return { low: toMinutes(from), high: toMinutes(to ?? from) };
  if (hours) return { low: toMinutes(hours) * 60, high: toMinutes(hours) * 60 };
  if (half) return { low: 30, high: 30 };
  if (quarter) return { low: 15, high: 15 };
  if (hour) return { low: 60, high: 60 };
  return null;
}

// Up to half as long again as the playbook's longest ask earns a gentle note ("half an hour"
// where the playbook says 20 minutes); longer than that ("an hour") a warning.
const NOTE_UP_TO = 1.5;

/** `time-ask`: the request asks for a specific, small amount of time within the playbook's range. */
export function checkTimeAsk(context: RuleContext, findings: Finding[]): void {
  const { text, layout, playbook } = context;
  const { min, max } = playbook.outreach.timeAskMinutes;
  const example = exampleMinutes(playbook);
  const asks = matchesIn(TIME_ASK, text, layout.body.start, layout.body.end);
  if (asks.length === 0) {
    findings.push({
      rule: 'time-ask',
      severity: 'warning',
      message: 'A specific, small amount of time is easy to say yes to, so it helps to name one.',
      start: 0,
      end: 0,
      suggestion: `Add a concrete ask, e.g. “Would you have ${example} minutes for a call next week?”`,
    });
    return;
  }
  const sized = asks.map((ask) => ({ ...ask, minutes: minutesOf(ask.match) }));
  const tooLong = sized.find((ask) => ask.minutes && ask.minutes.high > max);
  if (tooLong) {
    findings.push({
      rule: 'time-ask',
      severity: tooLong.minutes!.high > max * NOTE_UP_TO ? 'warning' : 'info',
      message: `“${tooLong.match[0]}” is more than this playbook suggests asking for (${min}–${max} minutes), and a shorter ask is easier to fit into a busy day.`,
      start: tooLong.start,
      end: tooLong.end,
      suggestion: `Ask for ${example} minutes instead; if the conversation goes well, they can offer more.`,
    });
    return;
  }
  const fits = sized.some((ask) => !ask.minutes || ask.minutes.high >= min);
  const tooShort = sized.find((ask) => ask.minutes && ask.minutes.high < min);
  if (!fits && tooShort) {
    findings.push({
      rule: 'time-ask',
      severity: 'info',
      message: `“${tooShort.match[0]}” leaves little room for a real conversation; this playbook suggests ${min}–${max} minutes.`,
      start: tooShort.start,
      end: tooShort.end,
      suggestion: `Ask for ${example} minutes, which still respects their time.`,
    });
  }
}
