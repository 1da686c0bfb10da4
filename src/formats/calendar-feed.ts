import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Instant, LocalDate } from '#core/cadence/types';

/** A meeting at a time, or a whole-day reminder on a local day. */
export type FeedEvent =
  | { uid: string; summary: string; start: Instant; minutes: number }
  | { uid: string; summary: string; day: LocalDate };

export type Feed = {
  name: string;
  /** When the feed was made: every event's DTSTAMP. */
  stamp: Date;
  /** How often subscribers should fetch it again. */
  refreshMinutes: number;
  events: readonly FeedEvent[];
};

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** The midnight starting a local day, as the UTC date ical-generator writes as VALUE=DATE. */
function dateOnly(day: LocalDate): Date {
  return new Date(`${day}T00:00:00Z`);
}

/**
 * An iCalendar (RFC 5545) subscription feed: CRLF lines folded at 75 octets, a DTSTAMP and a
 * stable UID on every event, and the refresh hints Google, Apple and Outlook each read
 * (REFRESH-INTERVAL, X-PUBLISHED-TTL) with the calendar's name (X-WR-CALNAME).
 */
export function calendarFeed(feed: Feed): string {
  const calendar = ical({
    name: feed.name,
    prodId: { company: 'Wayfinder', product: 'Wayfinder', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    ttl: feed.refreshMinutes * 60,
  });
  for (const event of feed.events) {
    if ('day' in event) {
      const start = dateOnly(event.day);
      calendar.createEvent({
        id: event.uid,
        summary: event.summary,
        stamp: feed.stamp,
        allDay: true,
        start,
        // The end of an all-day event is the next day, exclusive, which Outlook insists on.
        end: new Date(start.getTime() + DAY_MS),
      });
    } else {
      const start = new Date(event.start);
      calendar.createEvent({
        id: event.uid,
        summary: event.summary,
        stamp: feed.stamp,
        start,
        end: new Date(start.getTime() + event.minutes * MINUTE_MS),
      });
    }
  }
  return calendar.toString();
}
