import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useStory } from './support';

const story = useStory('people-story');

async function addPerson(
  page: Page,
  fields: { name: string; organization?: string; notes?: string; introducedBy?: string },
) {
  await page.goto(`${story.server.url}/people`);
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
  await expect
    .poll(() => page.getByRole('heading', { level: 1, name: fields.name }).count())
    .toBe(1);
}

/** The edit page's save status line ("Saving…", "Saved", "Not saved: …"). */
const autosaveStatus = (page: Page) =>
  page.getByRole('status').filter({ hasText: /sav/i }).innerText();

test('a new user adds people, finds one by a note, edits, reloads, and meets a conflict', async () => {
  const page = await story.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  // A newcomer sees what People is for and how to begin.
  await page.goto(`${story.server.url}/people`);
  await expect.poll(() => page.getByText(/add a person/i).count()).toBeGreaterThan(0);

  await addPerson(page, {
    name: 'Maria Lopez',
    organization: 'Acme Health',
    notes: 'Runs the paramedic training programme',
  });
  await addPerson(page, {
    name: 'Ben Okafor',
    organization: 'ACME Health Inc.',
    introducedBy: 'Maria Lopez',
  });
  await addPerson(page, {
    name: 'Cleo Park',
    notes: 'Moved from teaching into UX research last spring',
  });

  // Ben's page names Maria as his introducer; Maria's page lists Ben.
  await page.goto(`${story.server.url}/people`);
  await page.getByRole('link', { name: 'Ben Okafor' }).first().click();
  await page.getByRole('link', { name: 'Maria Lopez' }).first().click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1, name: 'Maria Lopez' }).count())
    .toBe(1);
  await expect
    .poll(() => page.getByRole('link', { name: 'Ben Okafor' }).count())
    .toBeGreaterThan(0);

  // Typing part of a note finds Cleo and no one else.
  await page.goto(`${story.server.url}/people`);
  await page.getByLabel('Search people').fill('teach');
  const list = page.getByRole('list', { name: 'People' });
  await expect
    .poll(() => list.getByRole('link').allInnerTexts())
    .toEqual([expect.stringContaining('Cleo Park')]);
  expect(page.url()).toContain('q=teach');

  // Edit Cleo: the change saves itself after a pause, and a reload keeps everything.
  await list.getByRole('link', { name: /Cleo Park/ }).click();
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Title').fill('Research Operations Lead');
  await expect.poll(() => autosaveStatus(page)).toBe('Saved');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect.poll(() => page.getByText('Research Operations Lead').count()).toBeGreaterThan(0);
  // Going back right after typing, before the pause is over and without leaving the field, still saves.
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Location').fill('Lisbon');
  await page.goBack();
  await expect.poll(() => page.getByText('Lisbon').count()).toBeGreaterThan(0);
  await page.reload();
  await expect.poll(() => page.getByText('Research Operations Lead').count()).toBeGreaterThan(0);
  await expect.poll(() => page.getByText('Lisbon').count()).toBeGreaterThan(0);
  await expect
    .poll(() => page.getByText(/Moved from teaching into UX research/).count())
    .toBeGreaterThan(0);
  await page.goto(`${story.server.url}/people`);
  await expect
    .poll(() => page.getByRole('list', { name: 'People' }).getByRole('link').count())
    .toBe(3);

  // Two tabs edit Ben. Tab A's edit saves itself; tab B's stale edit is caught and offers a choice.
  await page
    .getByRole('link', { name: /Ben Okafor/ })
    .first()
    .click();
  const benUrl = page.url();
  const second = await story.context.newPage();
  second.on('pageerror', (error) => pageErrors.push(error.message));
  await second.goto(benUrl);
  for (const tab of [page, second]) {
    await tab.getByRole('button', { name: 'Edit' }).click();
    await tab.getByLabel('Title').waitFor();
  }
  await page.getByLabel('Title').fill('Paramedic');
  await expect.poll(() => autosaveStatus(page)).toBe('Saved');

  // Reload takes tab A's version and drops tab B's edit.
  await second.getByLabel('Title').fill('Flight Paramedic');
  const dialog = second.getByRole('dialog', { name: 'This person was changed elsewhere' });
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Reload' }).click();
  await expect.poll(() => second.getByLabel('Title').inputValue()).toBe('Paramedic');

  // Tab A changes something else; tab B, stale again, overwrites: its title wins, A's location stays.
  await page.getByLabel('Location').fill('Lagos');
  await expect.poll(() => autosaveStatus(page)).toBe('Saved');
  await second.getByLabel('Title').fill('Flight Paramedic');
  await dialog.waitFor();
  await dialog.getByRole('button', { name: 'Overwrite' }).click();
  await expect.poll(() => autosaveStatus(second)).toBe('Saved');
  await expect.poll(() => second.getByLabel('Location').inputValue()).toBe('Lagos');
  await page.reload();
  await expect.poll(() => page.getByLabel('Title').inputValue()).toBe('Flight Paramedic');
  await expect.poll(() => page.getByLabel('Location').inputValue()).toBe('Lagos');

  expect(pageErrors).toEqual([]);
});
