// `npm test`: typecheck, lint, build, every vitest tier, then the browser stories.
// Says loudly what it skipped and why; REQUIRE_BROWSER=1 turns a missing Chromium into a failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findChromium } from './chromium.mjs';

const skipped = [];
const totals = { passed: 0, failed: 0 };

function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed`);
    finish(1);
  }
}

function vitest(title, args) {
  const report = path.join(
    fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-test-')),
    'report.json',
  );
  console.log(`\n▶ ${title}`);
  const result = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      ...args,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { stdio: 'inherit' },
  );
  if (fs.existsSync(report)) {
    const summary = JSON.parse(fs.readFileSync(report, 'utf8'));
    totals.passed += summary.numPassedTests;
    totals.failed += summary.numFailedTests;
  }
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed`);
    finish(1);
  }
}

function finish(code) {
  if (skipped.length > 0) {
    console.log('\n' + '!'.repeat(72));
    for (const line of skipped) console.log(`!! SKIPPED: ${line}`);
    console.log('!'.repeat(72));
  }
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed`);
  process.exit(code);
}

if (!process.env.TEST_DATABASE_URL) {
  skipped.push(
    'PostgreSQL store, service and HTTP suites: TEST_DATABASE_URL is not set (e.g. postgres://postgres@127.0.0.1:5432/test).',
  );
}
const chromium = findChromium();
if (!chromium) {
  const why = 'no Chromium found (install it: apt-get install -y chromium, or set CHROMIUM_PATH).';
  if (process.env.REQUIRE_BROWSER === '1') {
    console.error(`✖ REQUIRE_BROWSER=1 but ${why}`);
    process.exit(1);
  }
  skipped.push(`browser stories (e2e/): ${why}`);
}

run('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('lint', 'npx', ['eslint', '.']);
run('formatting (Prettier)', 'npx', ['prettier', '--check', '.']);
run('build', process.execPath, ['scripts/build.mjs']);
vitest('unit, store, service, HTTP, CLI and component tests', []);
if (chromium) vitest('browser stories in Chromium', ['--config', 'e2e/vitest.config.ts']);
finish(0);
