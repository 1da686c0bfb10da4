import fs from 'node:fs';
import { openContext } from '#services/startup';
import { resolveConfig } from '#services/config';
import { silentLogger, systemClock } from '#services/context';
import { importContacts } from '#services/import.service';
const bytes = fs.readFileSync('/tmp/conn30k.csv');
let t = performance.now();
const lap = (label: string) => {
  const now = performance.now();
  console.log(label.padEnd(20), (now - t).toFixed(0), 'ms');
  t = now;
};
fs.rmSync('/tmp/zzdata', { recursive: true, force: true });
const ctx = await openContext(
  resolveConfig({}, { data: '/tmp/zzdata' }),
  systemClock,
  silentLogger,
);
lap('open db');
const progress = (phase: string, done: number, total: number) => {
  if (done === total) lap(`${phase} done`);
};
await importContacts(ctx, bytes, {}, progress);
lap('import end');
await importContacts(ctx, bytes, {}, progress);
lap('re-import end');
await ctx.db.close();
lap('close');
