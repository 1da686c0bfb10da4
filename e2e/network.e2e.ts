import fs from 'node:fs';
import { expect, test, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { useStory } from './support';

const CONNECTIONS = '../shared/fixtures/real/linkedin/Connections_2024-10_notes-preamble.csv';

const story = useStory('network-story');

/** Drags a file onto the drop zone the way a browser does: dragenter, dragover, drop, one DataTransfer. */
async function dropFile(page: Page, name: string, text: string) {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], fileName, { type: 'text/csv' }));
      return transfer;
    },
    [name, text] as const,
  );
  const zone = page.getByRole('button', { name: /Drop/ });
  for (const type of ['dragenter', 'dragover', 'drop'])
    await zone.dispatchEvent(type, { dataTransfer });
}

const peopleNamed = (page: Page) =>
  page.getByRole('list', { name: 'People' }).getByRole('link').allInnerTexts();

test('a new user imports LinkedIn connections by drag and drop, finds one, merges a duplicate and undoes it', async () => {
  const page = await story.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  // Today points a newcomer at the import.
  await page.goto(story.server.url);
  await page.getByRole('link', { name: 'Import your connections' }).click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1, name: 'Import your network' }).count())
    .toBe(1);

  // Drop the LinkedIn export and read the preview: nothing is written yet.
  await dropFile(page, 'Connections.csv', fs.readFileSync(CONNECTIONS, 'utf8'));
  const counts = page.getByRole('list', { name: 'What the import will do' });
  await counts.waitFor();
  expect(await counts.getByRole('listitem').allInnerTexts()).toEqual([
    expect.stringMatching(/^22\s+new$/),
    expect.stringMatching(/^0\s+updates$/),
    expect.stringMatching(/^0\s+unchanged$/),
    expect.stringMatching(/^0\s+repeated rows merged$/),
    expect.stringMatching(/^1\s+skipped$/),
  ]);
  const skipped = await page
    .getByRole('list', { name: 'Skipped rows' })
    .getByRole('listitem')
    .allInnerTexts();
  expect(skipped).toEqual([expect.stringMatching(/^Line 24: no name/)]);
  expect(await page.getByRole('table', { name: 'New people' }).innerText()).toContain(
    'Joe Hallbeck',
  );
  expect(await (await fetch(`${story.server.url}/api/summary`)).json()).toMatchObject({
    people: 0,
  });

  // Confirm; the result says what happened and leads to the people.
  await page.getByRole('button', { name: 'Import 22 people' }).click();
  await page.getByRole('heading', { name: '22 people joined your network' }).waitFor();
  await page.getByRole('link', { name: 'See your people' }).click();

  // An imported person is found by searching.
  await page.getByLabel('Search people').fill('Hallbeck');
  await expect
    .poll(() => peopleNamed(page))
    .toEqual([expect.stringMatching(/Joe Hallbeck[\s\S]*Cakewalk/)]);

  // The user adds Joe by hand, with a newer title: the same name at the same organization.
  await page.getByRole('button', { name: 'Add person' }).click();
  const form = page.getByRole('form', { name: 'Person' });
  await form.getByLabel('Name').fill('Joe Hallbeck');
  await form.getByLabel('Organization').fill('Cakewalk');
  await form.getByLabel('Title').fill('Head of Sales');
  await form.getByLabel('Notes').fill('Met at the Berlin meetup');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1, name: 'Joe Hallbeck' }).count())
    .toBe(1);

  // People offers the review of possible duplicates, with a count.
  await page.goto(`${story.server.url}/people`);
  const review = page.getByRole('link', { name: /Possible duplicates\s*1/ });
  await review.click();
  const pair = page.getByRole('article', { name: 'Joe Hallbeck and Joe Hallbeck' });
  await pair.waitFor();
  expect(await pair.innerText()).toContain('same name at Cakewalk');

  // Keep the imported record, but take the title typed in by hand.
  const title = pair.getByRole('radiogroup', { name: 'Title' });
  expect(await title.getByRole('radio', { name: 'Founding SDR' }).isChecked()).toBe(true);
  await title.getByRole('radio', { name: 'Head of Sales' }).check();
  await pair.getByRole('button', { name: 'Merge' }).click();
  await page.getByText('No duplicates to review').waitFor();

  // The merged person holds both: the chosen title, the LinkedIn details and the note.
  const merged = page.getByRole('alert').filter({ hasText: 'now holds both records' });
  // The notification slides in; a click that lands while it moves may not follow the link.
  await vi.waitFor(
    async () => {
      await merged.getByRole('link', { name: 'Joe Hallbeck' }).click();
      await page
        .getByRole('heading', { level: 1, name: 'Joe Hallbeck' })
        .waitFor({ timeout: 2_000 });
    },
    { timeout: 15_000, interval: 250 },
  );
  await expect.poll(() => page.getByText('Head of Sales').count()).toBeGreaterThan(0);
  await expect.poll(() => page.getByText('Met at the Berlin meetup').count()).toBeGreaterThan(0);
  // Moving around inside the app keeps the notification and its Undo.
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: 'People' })
    .click();
  await page.getByLabel('Search people').fill('Hallbeck');
  await expect.poll(() => peopleNamed(page)).toEqual([expect.stringContaining('Head of Sales')]);

  // Undo brings both back as they were.
  await merged.getByRole('button', { name: 'Undo' }).click();
  await page.getByText('Merge undone').waitFor();
  await expect
    .poll(() => peopleNamed(page).then((rows) => rows.sort()))
    .toEqual([expect.stringContaining('Founding SDR'), expect.stringContaining('Head of Sales')]);

  expect(pageErrors).toEqual([]);
});
