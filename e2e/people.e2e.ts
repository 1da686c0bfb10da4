import fs from 'node:fs';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, startWayfinder, type RunningWayfinder } from './support';

let server: RunningWayfinder;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startWayfinder();
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(10000);
});

afterEach(async (testContext) => {
  // A failed story leaves a picture of every open tab in test-results/ to look at.
  if (testContext.task.result?.state !== 'fail' || !context) return;
  fs.mkdirSync('test-results', { recursive: true });
  for (const [index, open] of context.pages().entries()) {
    await open.screenshot({ path: `test-results/people-story-tab${index + 1}.png`, fullPage: true });
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function addPerson(page: Page, fields: { name: string; organization?: string; notes?: string; introducedBy?: string }) {
  await page.goto(`${server.url}/people`);
  await page.getByRole('button', { name: 'Add person' }).first().click();
  const form = page.getByRole('form', { name: 'Person' });
  await form.getByLabel('Name').fill(fields.name);
  if (fields.organization) await form.getByLabel('Organization').fill(fields.organization);
  if (fields.notes) await form.getByLabel('Notes').fill(fields.notes);
  if (fields.introducedBy) {
    const introducer = form.getByLabel('Introduced by');
    await introducer.click();
    await introducer.fill(fields.introducedBy.split(' ')[0]!);
    await page.getByRole('option', { name: new RegExp(fields.introducedBy) }).click();
  }
  await form.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1, name: fields.name }).count()).toBe(1);
}

test('a new user adds people, finds one by a note, edits, reloads, and meets a conflict', async () => {
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  // A newcomer sees what People is for and how to begin.
  await page.goto(`${server.url}/people`);
  await expect.poll(() => page.getByText(/add a person/i).count()).toBeGreaterThan(0);

  await addPerson(page, { name: 'Maria Lopez', organization: 'Acme Health', notes: 'Runs the paramedic training programme' });
  await addPerson(page, { name: 'Ben Okafor', organization: 'ACME Health Inc.', introducedBy: 'Maria Lopez' });
  await addPerson(page, { name: 'Cleo Park', notes: 'Moved from teaching into UX research last spring' });

  // Ben's page names Maria as his introducer; Maria's page lists Ben.
  await page.goto(`${server.url}/people`);
  await page.getByRole('link', { name: 'Ben Okafor' }).first().click();
  await page.getByRole('link', { name: 'Maria Lopez' }).first().click();
  await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Maria Lopez' }).count()).toBe(1);
  await expect.poll(() => page.getByRole('link', { name: 'Ben Okafor' }).count()).toBeGreaterThan(0);

  // Typing part of a note finds Cleo and no one else.
  await page.goto(`${server.url}/people`);
  await page.getByLabel('Search people').fill('teach');
  const list = page.getByRole('list', { name: 'People' });
  await expect.poll(() => list.getByRole('link').allInnerTexts()).toEqual([expect.stringContaining('Cleo Park')]);
  expect(page.url()).toContain('q=teach');

  // Edit Cleo, then reload: everything is kept.
  await list.getByRole('link', { name: /Cleo Park/ }).click();
  await page.getByRole('link', { name: 'Edit' }).or(page.getByRole('button', { name: 'Edit' })).first().click();
  await page.getByLabel('Title').fill('Research Operations Lead');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.getByText('Research Operations Lead').count()).toBeGreaterThan(0);
  await page.reload();
  await expect.poll(() => page.getByText('Research Operations Lead').count()).toBeGreaterThan(0);
  await expect.poll(() => page.getByText(/Moved from teaching into UX research/).count()).toBeGreaterThan(0);
  await page.goto(`${server.url}/people`);
  await expect.poll(() => page.getByRole('list', { name: 'People' }).getByRole('link').count()).toBe(3);

  // Two tabs edit Ben; the second, stale save is caught and offers reload or overwrite.
  await page.getByRole('link', { name: /Ben Okafor/ }).first().click();
  const benUrl = page.url();
  const second = await context.newPage();
  await second.goto(benUrl);
  for (const tab of [page, second]) {
    await tab.getByRole('link', { name: 'Edit' }).or(tab.getByRole('button', { name: 'Edit' })).first().click();
    await tab.getByLabel('Title').waitFor();
  }
  await page.getByLabel('Title').fill('Paramedic');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.getByText(/Paramedic/).count()).toBeGreaterThan(0);

  await second.getByLabel('Title').fill('Flight Paramedic');
  await second.getByRole('button', { name: 'Save' }).click();
  const dialog = second.getByRole('dialog', { name: /changed elsewhere/i });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Overwrite' }).click();
  await expect.poll(() => second.getByText('Flight Paramedic').count()).toBeGreaterThan(0);
  await page.reload();
  await expect.poll(() => page.getByText('Flight Paramedic').count()).toBeGreaterThan(0);

  expect(pageErrors).toEqual([]);
});
