import ICAL from 'ical.js';
import { afterAll, describe, expect, test } from 'vitest';
import { createApp } from '#server/app';
import type { ServiceContext } from '#services/context';
import { changeStage, createInterview } from '#services/interview.service';
import { recordMessage } from '#services/message.service';
import { createPerson } from '#services/person.service';
import { getSettings, rotateCalendarSecret, updateSettings } from '#services/settings.service';
import { addOtherUser, dropTestSchemas, testDatabases } from '#testing/databases';
import { eachTestApp, TEST_ORIGIN as ORIGIN, type TestApp } from '#testing/http';

afterAll(dropTestSchemas);

type FeedEvent = { uid: string; summary: string; start: string; end: string; allDay: boolean };

function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component): FeedEvent => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate,
    };
  });
  return { calendar, events };
}

describe.each(testDatabases)('the calendar feed on $name', (database) => {
  let ctx: ServiceContext;
  let app: TestApp;
  // The test clock reads Monday 2 March 2026, 09:00 UTC.
  eachTestApp(database, (opened) => ({ ctx, app } = opened));

  const fetchFeed = (path: string, appToUse = app) => appToUse.request(`${ORIGIN}${path}`);

  /** A request to Ana (no reply yet) and a call with Bo on Thursday 5 March, 15:00 UTC. */
  async function seed(on: ServiceContext) {
    const ana = await createPerson(on, { name: 'Ana Silva', organization: 'Acme Health' });
    const asked = await createInterview(on, { personId: ana.id });
    await recordMessage(on, asked.id, { kind: 'request', channel: 'email', body: 'Hello' });
    const bo = await createPerson(on, { name: 'Bo Chen, RN', organization: 'St. Mary’s; North' });
    let meeting = await createInterview(on, { personId: bo.id, stage: 'agreed' });
    meeting = await changeStage(on, meeting.id, {
      version: meeting.version,
      stage: 'scheduled',
      scheduledFor: '2026-03-05T15:00:00Z',
    });
    return { asked, meeting };
  }

  test('holds each scheduled interview and each action, parsed as calendar apps read it', async () => {
    await updateSettings(ctx, { timeZone: 'Europe/London', playbookId: 'career-centre' });
    const { asked, meeting } = await seed(ctx);
    const { calendarFeedPath } = await getSettings(ctx);

    const response = await fetchFeed(calendarFeedPath);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await response.text();
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
      true,
    );
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);

    const { calendar, events } = parseFeed(text);
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Wayfinder//Wayfinder//EN');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Wayfinder');
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT1H');
    expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('PT1H');
    for (const component of calendar.getAllSubcomponents('vevent')) {
      expect(component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-03-02T09:00:00Z');
    }

    // The career-centre playbook meets for 20 minutes.
    expect(events.find((event) => event.uid === `interview-${meeting.id}@wayfinder`)).toEqual({
      uid: `interview-${meeting.id}@wayfinder`,
      summary: 'Informational interview with Bo Chen, RN (St. Mary’s; North)',
      start: '2026-03-05T15:00:00Z',
      end: '2026-03-05T15:20:00Z',
      allDay: false,
    });
    const followUp = events.find((event) => event.uid.startsWith(`follow_up:${asked.id}:`));
    expect(followUp).toMatchObject({ start: '2026-03-09', end: '2026-03-10', allDay: true });
    expect(followUp?.summary).toContain('Ana Silva');
    expect(events.filter((event) => event.allDay).map((event) => event.uid)).toEqual([
      `follow_up:${asked.id}:2026-03-02:5@wayfinder`,
      `mark_no_reply:${asked.id}:2026-03-02@wayfinder`,
    ]);

    // The same data gives the same events, so calendars update rather than duplicate them.
    expect(parseFeed(await (await fetchFeed(calendarFeedPath)).text()).events).toEqual(events);
  });

  test('a wrong or rotated secret is 404, and the new address works', async () => {
    const { calendarFeedPath } = await getSettings(ctx);
    for (const path of [
      '/calendar/not-a-secret.ics',
      `${calendarFeedPath.slice(0, -5)}x.ics`,
      calendarFeedPath.replace('.ics', '.txt'),
    ]) {
      expect((await fetchFeed(path)).status).toBe(404);
    }
    const rotated = await rotateCalendarSecret(ctx);
    expect((await fetchFeed(calendarFeedPath)).status).toBe(404);
    expect((await fetchFeed(rotated.calendarFeedPath)).status).toBe(200);
  });

  test('a feed shows only its owner’s interviews; another secret shows another’s', async () => {
    await seed(ctx);
    const other = await addOtherUser(ctx);
    const theirs = createApp(other, { webRoot: null, version: 'test' });
    const mine = parseFeed(
      await (await fetchFeed((await getSettings(ctx)).calendarFeedPath)).text(),
    );
    const theirFeed = parseFeed(
      await (await fetchFeed((await getSettings(other)).calendarFeedPath, theirs)).text(),
    );
    expect(mine.events.length).toBeGreaterThan(0);
    expect(theirFeed.events).toEqual([]);
    // The address alone decides whose feed it is, whoever asks.
    const myPathAskedByThem = await fetchFeed((await getSettings(ctx)).calendarFeedPath, theirs);
    expect(parseFeed(await myPathAskedByThem.text()).events).toEqual(mine.events);
  });

  test('answers only at our own host name, like every other page', async () => {
    const { calendarFeedPath } = await getSettings(ctx);
    const response = await app.request(`http://evil.example:4747${calendarFeedPath}`);
    expect(response.status).toBe(403);
  });
});
