import { performance } from 'node:perf_hooks';

export type Timing = { p50: number; p99: number; runs: number };

/** Times `work` `runs` times after a warm-up; milliseconds. */
export async function time(work: () => unknown, runs = 400, warmup = 40): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  return timingOf(samples, runs);
}

/**
 * Times two pieces of work in alternating blocks after warming both up, so that a drift of the
 * process or the machine during the run (a heap still settling after seeding, a busy
 * neighbour) falls on both alike rather than on whichever went first.
 */
export async function timeInterleaved(
  first: () => unknown,
  second: () => unknown,
  runs = 1000,
  warmup = 1000,
  block = 50,
): Promise<[Timing, Timing]> {
  for (let i = 0; i < warmup; i += 1) {
    await first();
    await second();
  }
  const samples: [number[], number[]] = [[], []];
  const works = [first, second] as const;
  while (samples[0].length < runs) {
    for (const [index, work] of works.entries()) {
      for (let i = 0; i < block && samples[index]!.length < runs; i += 1) {
        const start = performance.now();
        await work();
        samples[index]!.push(performance.now() - start);
      }
    }
  }
  return [timingOf(samples[0], runs), timingOf(samples[1], runs)];
}

function timingOf(samples: number[], runs: number): Timing {
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { p50: at(0.5), p99: at(0.99), runs };
}

export const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;

export type Row = {
  name: string;
  figure: string;
  baseline: string;
  ratio: string;
  target: string;
  ok: boolean | null;
};

export function printTable(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  const headers = ['measure', 'figure', 'baseline (same run)', 'ratio', 'target', ''];
  const cells = rows.map((r) => [
    r.name,
    r.figure,
    r.baseline,
    r.ratio,
    r.target,
    r.ok === null ? '' : r.ok ? 'ok' : 'MISSED',
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i]!)).join('  ');
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}
