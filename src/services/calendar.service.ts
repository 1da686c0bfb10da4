import { AppError } from '#core/errors';
import { playbookForInterview } from '#core/playbook';
import { calendarFeed, type FeedEvent } from '#formats/calendar-feed';
import { listScheduledInterviews } from '#store/calendar.store';
import type { ServiceContext } from './context';
import { readExecutor } from './paging';
import { calendarOwner } from './settings.service';
import { computeAgenda } from './today.service';

/** The feed shows reminders this far ahead; calendars fetch it again every hour. */
export const FEED_LOOK_AHEAD_DAYS = 60;
const REFRESH_MINUTES = 60;

/** What the secret part of a feed address must look like before it is looked up. */
const SECRET = /^[A-Za-z0-9_-]{32,128}$/;

/**
 * The private calendar of the user `secret` belongs to: a timed event per scheduled interview
 * (as long as its playbook's default duration) and an all-day event per action on the agenda.
 * A secret that opens nothing is `not_found`, never a hint that another one exists.
 */
export async function calendarForSecret(ctx: ServiceContext, secret: string): Promise<string> {
  const owner = SECRET.test(secret) ? await calendarOwner(ctx, secret) : undefined;
  if (owner === undefined) throw new AppError('not_found', 'No calendar at this address');
  const asOwner: ServiceContext = { ...ctx, userId: owner };
  const [agenda, scheduled] = await Promise.all([
    computeAgenda(asOwner, { lookAheadDays: FEED_LOOK_AHEAD_DAYS }),
    listScheduledInterviews(readExecutor(ctx), owner),
  ]);
  const minutesOf = (playbookId: string) =>
    playbookForInterview(agenda.playbooks, playbookId).defaultDurationMinutes;
  const events: FeedEvent[] = [
    ...scheduled.map((interview) => ({
      uid: `interview-${interview.id}@wayfinder`,
      summary: `Informational interview with ${interview.personName}${
        interview.organizationName ? ` (${interview.organizationName})` : ''
      }`,
      start: interview.scheduledFor,
      minutes: minutesOf(interview.playbookId),
    })),
    ...agenda.actions.map((action) => ({
      uid: `${action.id}@wayfinder`,
      summary: action.reason,
      day: action.due,
    })),
  ];
  return calendarFeed({
    name: 'Wayfinder',
    stamp: ctx.clock.now(),
    refreshMinutes: REFRESH_MINUTES,
    events,
  });
}
