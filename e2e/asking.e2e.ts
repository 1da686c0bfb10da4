import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { addBusinessDays } from '#core/cadence/business-days';
import { holidayCalendar } from '#core/cadence/holidays';
import { localDateOf } from '#core/cadence/time-zone';
import { TWO_HOUR_JOB_SEARCH } from '#core/playbook';
import { startTestSmtpServer, type TestSmtpServer } from '#testing/smtp';
import { useStory } from './support';

const story = useStory('asking-story');
let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  await smtp.close();
});

/** Set-up a user would do once, through the same API the web app uses. */
async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${story.server.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** The agenda as it stands on `day`, section by section, as the Today page shows it. */
async function todayOn(page: Page, day: string) {
  await page.goto(`${story.server.url}/?asOf=${day}`);
  await page.getByText('You are looking at the agenda as it will stand on').waitFor();
  const section = (name: RegExp) =>
    page
      .getByRole('region', { name })
      .getByRole('listitem')
      .allInnerTexts()
      .catch(() => [] as string[]);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  return { today: await section(/^Today/), upcoming: await section(/^Coming up/) };
}

test('an exploration, an interview through an introducer, a checked request sent by SMTP, the follow-up in Today, a reply that ends it', async () => {
  await call('PATCH', '/api/settings', {
    timeZone: 'UTC',
    profile: {
      name: 'Jordan Reyes',
      email: 'jordan@example.org',
      summary: 'a final-year economics student at Leeds',
    },
  });
  await call('PUT', '/api/settings/mail', {
    host: '127.0.0.1',
    port: smtp.port,
    security: 'none',
    fromName: 'Jordan Reyes',
    fromAddress: 'jordan@example.org',
  });
  const maria = await call<{ id: number }>('POST', '/api/people', {
    name: 'Maria Lopez',
    organization: 'Northwind Clinic',
    relationship: 'coworker',
  });
  const sam = await call<{ id: number }>('POST', '/api/people', {
    name: 'Sam Lee',
    organization: 'Acme Health',
    title: 'UX Researcher',
    emails: ['sam.lee@acme.example'],
    introducedById: maria.id,
  });
  await call('POST', '/api/people', { name: 'Bo Chen', organization: 'Acme Health' });

  const page = await story.context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  // 1. An exploration: what the user wants to learn about.
  await page.goto(`${story.server.url}/explorations`);
  await page.getByRole('button', { name: 'New exploration' }).click();
  await page.getByLabel('Title').fill('UX research in healthcare');
  await page.getByLabel('Key questions').fill('What does a normal week look like?');
  await page.getByRole('button', { name: 'Create exploration' }).click();
  await page.getByText('UX research in healthcare').first().waitFor();

  // 2. An interview with Sam, whom Maria introduced, for that exploration.
  await page.goto(`${story.server.url}/people/${sam.id}`);
  await page.getByRole('link', { name: 'Start an interview' }).click();
  await page.getByPlaceholder('What this conversation is for').click();
  await page.getByRole('option', { name: 'UX research in healthcare' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Create interview' }).click();
  await page.waitForURL(/\/interviews\/\d+$/);
  const interviewUrl = page.url();
  await expect.poll(() => page.locator('main').innerText()).toContain('Introduced by Maria Lopez');

  // 3. The request, drafted with the introducer named first.
  await page.getByRole('link', { name: 'Draft the request' }).click();
  await page.waitForURL(/\/compose/);
  const body = page.getByRole('textbox', { name: 'Message' });
  await expect.poll(() => body.inputValue()).toContain('Maria Lopez');

  // 4. A finding appears while typing and goes away once fixed.
  // The list of findings is there only while there is something to point out.
  const findings = () =>
    page
      .getByRole('list', { name: 'Findings' })
      .innerText({ timeout: 500 })
      .catch(() => '');
  const draft = await body.inputValue();
  // Fill whatever the template left for the user to write.
  const filled = draft.replace(/\[[^\]]+\]/g, 'your study of how nurses use patient portals');
  await body.fill(`${filled}\n\nAlso, are there any openings on your team?`);
  await expect.poll(findings).toMatch(/job/i);
  await body.fill(filled);
  await expect.poll(findings).not.toMatch(/job/i);
  await page.getByText('Nothing to point out').waitFor();

  // 5. Sent through the local SMTP server.
  await page.getByRole('button', { name: 'Send now' }).click();
  await page.waitForURL(interviewUrl);
  await expect.poll(() => smtp.received.length).toBe(1);
  const [mail] = smtp.received;
  expect(mail!.envelope.to).toEqual(['sam.lee@acme.example']);
  expect(mail!.raw.toString('utf8')).toContain('Maria Lopez');

  // 6. Three business days later with no reply, Today brings the next step for Sam.
  const holidays = holidayCalendar(TWO_HOUR_JOB_SEARCH.cadence.holidaysCountry);
  const sentDay = localDateOf(Date.now(), 'UTC');
  const due = addBusinessDays(sentDay, 3, holidays);
  const before = await todayOn(page, sentDay);
  expect(before.today.join('\n')).not.toContain('Sam Lee');
  const after = await todayOn(page, due);
  const nudge = after.today.find((item) => item.includes('Sam Lee'));
  expect(nudge).toMatch(/Ask a second person|Follow up once/);
  expect(nudge).toContain('Bo Chen');

  // 7. Sam answers yes: the reply is logged and the nudge is gone.
  await page.goto(interviewUrl);
  await page.getByRole('button', { name: 'Log a reply' }).click();
  await page.getByRole('radio', { name: /Yes, they will talk/ }).check();
  await page.getByRole('button', { name: 'Save the reply' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
  const afterReply = await todayOn(page, due);
  expect(afterReply.today.join('\n')).not.toMatch(/Ask a second person|Follow up once/);

  // 8. Agreed: the questions are due next. Marking them done is remembered after a reload.
  const questions = page.getByRole('listitem', { name: 'Send your questions ahead: Sam Lee' });
  await questions.waitFor();
  await questions.getByRole('button', { name: 'Mark done' }).click();
  await questions.waitFor({ state: 'detached' });
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await page.waitForLoadState('networkidle');
  expect(await questions.count()).toBe(0);
  expect(pageErrors).toEqual([]);
});
