import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { findChromium } from '../scripts/chromium.mjs';

export type RunningWayfinder = { url: string; dataDir: string; stop(): Promise<void> };

/** Starts the built server the way a user does (`wayfinder serve`), on a free port and a fresh data folder. */
export async function startWayfinder(): Promise<RunningWayfinder> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wayfinder-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    ['bin/wayfinder.js', 'serve', '--port', '0', '--data', dataDir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DATABASE_URL: '' },
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The system Chromium, headless, with a fresh profile and no background network. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: apt-get install -y chromium');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export type Story = { server: RunningWayfinder; context: BrowserContext };

/**
 * Registers the hooks every story needs: a fresh server and browser before, a picture of every
 * open tab in test-results/ when a story fails, everything stopped after. The returned object is
 * filled in before the first test runs.
 */
export function useStory(name: string): Story {
  const story = {} as Story;
  let browser: Browser | undefined;
  beforeAll(async () => {
    story.server = await startWayfinder();
    browser = await launchChromium();
    story.context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    story.context.setDefaultTimeout(10000);
  });
  afterEach(async (testContext) => {
    if (testContext.task.result?.state !== 'fail' || !story.context) return;
    fs.mkdirSync('test-results', { recursive: true });
    for (const [index, open] of story.context.pages().entries()) {
      await open.screenshot({ path: `test-results/${name}-tab${index + 1}.png`, fullPage: true });
    }
  });
  afterAll(async () => {
    await browser?.close();
    await story.server?.stop();
  });
  return story;
}
