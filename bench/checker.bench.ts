import { performance } from 'node:perf_hooks';
import { checkOutreach } from '#core/outreach/check';
import { CORPUS } from '#core/outreach/corpus';
import { countWords, offsetAfterWords } from '#core/outreach/words';
import { TWO_HOUR_JOB_SEARCH } from '#core/playbook';
import type { Row } from './stats';

export const TARGET_PER_SECOND = 5_000;
const WORDS = 120;
const SECONDS = 2;

/** Requests of 120 words: each corpus draft run on into the next ones, cut at 120 words. */
function requestsOf120Words(): string[] {
  return CORPUS.map((_, i) => {
    const text = [0, 1, 2].map((k) => CORPUS[(i + k) % CORPUS.length]!.text).join('\n\n');
    return text.slice(0, offsetAfterWords(text, WORDS, 0, text.length));
  });
}

/** Runs `work` over the texts again and again for about `seconds`; texts per second. */
function throughput(texts: string[], work: (text: string) => number, seconds: number): number {
  let sink = 0;
  let done = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  while (performance.now() < until) {
    for (const text of texts) sink += work(text);
    done += texts.length;
  }
  const elapsed = (performance.now() - started) / 1000;
  if (sink === -1) console.log(sink); // keeps the work from being optimised away
  return done / elapsed;
}

/** The checker's throughput beside a plain whitespace word count of the same texts, same run. */
export function benchChecker(): { rows: Row[]; details: Record<string, unknown> } {
  const texts = requestsOf120Words();
  const meanWords = texts.reduce((sum, text) => sum + countWords(text), 0) / texts.length;
  const check = (text: string) => checkOutreach(text, { playbook: TWO_HOUR_JOB_SEARCH }).length;
  const split = (text: string) => text.split(/\s+/).length;
  throughput(texts, check, 0.3); // warm-up
  throughput(texts, split, 0.3);
  const baseline = throughput(texts, split, SECONDS);
  const checked = throughput(texts, check, SECONDS);
  const perSecond = (n: number) => `${Math.round(n).toLocaleString('en')} texts/s`;
  return {
    rows: [
      {
        name: `check a ${Math.round(meanWords)}-word request, every rule (${texts.length} distinct texts)`,
        figure: perSecond(checked),
        baseline: `${perSecond(baseline)} (split on whitespace only)`,
        ratio: `${(baseline / checked).toFixed(0)}× the time`,
        target: `≥ ${TARGET_PER_SECOND.toLocaleString('en')} texts/s`,
        ok: checked >= TARGET_PER_SECOND,
      },
    ],
    details: {
      texts: texts.length,
      meanWords,
      checkedPerSecond: checked,
      baselinePerSecond: baseline,
      microsecondsPerText: 1e6 / checked,
    },
  };
}
