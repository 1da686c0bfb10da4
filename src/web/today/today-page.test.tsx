// @vitest-environment jsdom
import '../testing/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { AgendaItem } from '#core/interview-view';
import { anAction } from '../testing/interviews';
import { fakeServer, renderWithProviders } from '../testing/render';
import { TodayPage } from './today-page';

const overdue = anAction({
  id: 'thank_you:2',
  kind: 'thank_you',
  due: '2026-03-09',
  status: 'overdue',
  interviewId: 2,
  reason: 'You talked with Ana Silva: send a thank-you within 24 hours.',
});
const dueToday = anAction();
const second = anAction({
  id: 'ask_second_person:1:2026-03-02:3',
  kind: 'ask_second_person',
  due: '2026-03-13',
  status: 'upcoming',
  reason: 'No reply from Ana Silva in 3 business days: ask a second person at Acme Health.',
  suggestedPersonId: 8,
  suggestedPerson: { id: 8, name: 'Bo Chen', organizationId: 1, organization: 'Acme Health' },
});
const keepInTouch = anAction({
  id: 'keep_in_touch:7:2026-01-10',
  kind: 'keep_in_touch',
  due: '2026-03-12',
  status: 'upcoming',
  // The latest conversation with Ana, whose interview the update's draft belongs to.
  interviewId: 1,
  reason: 'It has been 8 weeks since you were last in touch with Ana Silva.',
});

/**
 * A tiny agenda server: decisions take actions off the list, as the real one does. `hold` delays
 * answers to decisions, `holdAgenda` answers to the agenda.
 */
function serve(
  actions: AgendaItem[],
  hold?: Promise<void>,
  holdAgenda: () => Promise<void> = () => Promise.resolve(),
) {
  let list = [...actions];
  const agendaQueries: URLSearchParams[] = [];
  const calls = fakeServer(async (url, init) => {
    if (url.pathname === '/api/today') {
      agendaQueries.push(url.searchParams);
      await holdAgenda();
      // As the real one: the first `limit` of each status listed, every one counted.
      const limit = Number(url.searchParams.get('limit') ?? Infinity);
      const counts = { overdue: 0, today: 0, upcoming: 0 };
      const listed = list.filter((action) => (counts[action.status] += 1) <= limit);
      return { body: { actions: listed, counts } };
    }
    if (url.pathname === '/api/interviews/summary') {
      const interviews = actions.length ? 3 : 0;
      return { body: { interviews, saidYes: interviews ? 2 : 0, conversationsHeld: 0 } };
    }
    if (url.pathname === '/api/settings') return { body: { timeZone: 'America/New_York' } };
    if (url.pathname === '/api/summary')
      return { body: { people: 0, archivedPeople: 0, organizations: 0 } };
    if (url.pathname === '/api/people') return { body: { items: [], nextCursor: null } };
    if (url.pathname === '/api/today/decisions') {
      await hold;
      const body = JSON.parse(String(init.body)) as { actionId: string; decision: string };
      if (body.decision !== 'snoozed') list = list.filter((a) => a.id !== body.actionId);
      return { status: 201, body };
    }
    return undefined;
  });
  return { calls, agendaQueries };
}

/** `count` keep-in-touch reminders, all overdue on the same day. */
const overdueReminders = (count: number) =>
  Array.from({ length: count }, (_, index) =>
    anAction({
      id: `keep_in_touch:${1000 + index}:2025-12-01`,
      kind: 'keep_in_touch',
      due: '2026-01-26',
      status: 'overdue',
      personId: 1000 + index,
      reason: `It has been 8 weeks since you were last in touch (${index}).`,
    }),
  );

const page = (route = '/?asOf=2026-03-11') => renderWithProviders(<TodayPage />, { route });
const decisions = (calls: ReturnType<typeof serve>['calls']) =>
  calls.filter((call) => call.path === '/api/today/decisions').map((call) => call.body);

describe('TodayPage', () => {
  test('groups the agenda for the day in the address, each action with its reason, person and due day', async () => {
    const { agendaQueries } = serve([overdue, dueToday, keepInTouch, second]);
    page();
    const overdueSection = await screen.findByRole('region', { name: /Overdue/ });
    const late = within(overdueSection).getByRole('listitem', {
      name: 'Send a thank-you: Ana Silva',
    });
    expect(late.textContent).toContain('2 days overdue');
    expect(late.textContent).toContain('Acme Health');
    expect(late.textContent).toContain('send a thank-you within 24 hours');
    expect(within(late).getByRole('link', { name: 'Open the draft' }).getAttribute('href')).toBe(
      '/interviews/2/compose?kind=thank_you&channel=email',
    );
    // Progress is counted by the server, not by loading every interview.
    const yes = await screen.findByRole('link', { name: /People who said yes/ });
    expect(yes.textContent).toContain('2');
    const todaySection = screen.getByRole('region', { name: /^Today/ });
    expect(within(todaySection).getByText('due today')).toBeTruthy();
    const coming = screen.getByRole('region', { name: /Coming up/ });
    const ask = within(coming).getByRole('listitem', { name: 'Ask a second person: Ana Silva' });
    expect(ask.textContent).toContain('in 2 days');
    expect(within(ask).getByRole('link', { name: 'Bo Chen' }).getAttribute('href')).toBe(
      '/people/8',
    );
    expect(within(ask).getByRole('link', { name: 'Start an interview' }).getAttribute('href')).toBe(
      '/interviews/new?personId=8',
    );
    // Keep in touch names only the person: the draft belongs to their latest interview.
    const touch = within(coming).getByRole('listitem', { name: 'Keep in touch: Ana Silva' });
    expect(within(touch).getByRole('link', { name: 'Open the draft' }).getAttribute('href')).toBe(
      '/interviews/1/compose?kind=progress_update&channel=email',
    );
    expect(screen.getByText(/as it will stand on/)).toBeTruthy();
    expect(agendaQueries[0]?.get('asOf')).toBe('2026-03-11');
    // The server counts days in the time zone of the user's settings.
    expect(agendaQueries[0]?.has('timeZone')).toBe(false);
  });

  test('Mark done takes the action away at once and Undo brings it back', async () => {
    let release = () => {};
    const { calls } = serve([dueToday], new Promise<void>((resolve) => (release = resolve)));
    page();
    const item = await screen.findByRole('listitem', { name: 'Follow up once: Ana Silva' });
    fireEvent.click(within(item).getByRole('button', { name: 'Mark done' }));
    // Gone before the server has answered.
    await waitFor(() =>
      expect(screen.queryByRole('listitem', { name: 'Follow up once: Ana Silva' })).toBeNull(),
    );
    release();
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() =>
      expect(decisions(calls)).toEqual([
        { actionId: dueToday.id, decision: 'done' },
        { actionId: dueToday.id, decision: 'snoozed', until: '2026-03-11' },
      ]),
    );
  });

  test('Snooze puts an action off three days, or to a chosen day, and Dismiss drops it', async () => {
    const { calls } = serve([overdue, dueToday, second]);
    page();
    const item = await screen.findByRole('listitem', { name: 'Follow up once: Ana Silva' });
    fireEvent.click(within(item).getByRole('button', { name: 'Snooze' }));
    await waitFor(() =>
      expect(decisions(calls)).toEqual([
        { actionId: dueToday.id, decision: 'snoozed', until: '2026-03-14' },
      ]),
    );

    const late = screen.getByRole('listitem', { name: 'Send a thank-you: Ana Silva' });
    fireEvent.click(within(late).getByRole('button', { name: /Pick another day/ }));
    const day = await screen.findByLabelText('Snooze until');
    expect((day as HTMLInputElement).value).toBe('2026-03-14');
    fireEvent.change(day, { target: { value: '2026-03-20' } });
    fireEvent.click(screen.getByRole('button', { name: 'Snooze until then' }));
    await waitFor(() =>
      expect(decisions(calls).at(-1)).toEqual({
        actionId: overdue.id,
        decision: 'snoozed',
        until: '2026-03-20',
      }),
    );

    const ask = screen.getByRole('listitem', { name: 'Ask a second person: Ana Silva' });
    fireEvent.click(within(ask).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() =>
      expect(decisions(calls).at(-1)).toEqual({ actionId: second.id, decision: 'dismissed' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('listitem', { name: 'Ask a second person: Ana Silva' })).toBeNull(),
    );
  });

  test('a long group shows its first actions and the rest on request', async () => {
    const many = Array.from({ length: 30 }, (_, index) =>
      anAction({
        id: `keep_in_touch:${100 + index}:2025-12-01`,
        kind: 'keep_in_touch',
        due: '2026-01-26',
        status: 'overdue',
        interviewId: undefined,
        personId: 100 + index,
        reason: `It has been 8 weeks since you were last in touch (${index}).`,
      }),
    );
    const { agendaQueries } = serve(many);
    page();
    const overdueSection = await screen.findByRole('region', { name: 'Overdue (30)' });
    // Only the first ones are asked for, and all are counted.
    expect(agendaQueries.at(-1)?.get('limit')).toBe('25');
    expect(within(overdueSection).getAllByRole('listitem')).toHaveLength(25);
    fireEvent.click(
      within(overdueSection).getByRole('button', { name: 'Show the other 5 overdue' }),
    );
    await waitFor(() => expect(within(overdueSection).getAllByRole('listitem')).toHaveLength(30));
    expect(agendaQueries.at(-1)?.get('limit')).toBe('30');
    expect(within(overdueSection).queryByRole('button', { name: /Show the other/ })).toBeNull();
  });

  test('a very long group grows a hundred at a time, asking only for what it shows', async () => {
    const many = overdueReminders(200);
    const { agendaQueries } = serve(many);
    page();
    const overdueSection = await screen.findByRole('region', { name: 'Overdue (200)' });
    fireEvent.click(
      within(overdueSection).getByRole('button', { name: 'Show 100 more overdue (of 175)' }),
    );
    await waitFor(() => expect(within(overdueSection).getAllByRole('listitem')).toHaveLength(125));
    expect(agendaQueries.at(-1)?.get('limit')).toBe('125');
    expect(
      within(overdueSection).getByRole('button', { name: 'Show the other 75 overdue' }),
    ).toBeTruthy();
  });

  test('asking for more keeps the shown actions in view until the longer list arrives', async () => {
    const many = overdueReminders(200);
    let holding = false;
    let release = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    const { agendaQueries } = serve(many, undefined, () => (holding ? arrived : Promise.resolve()));
    page();
    const overdueSection = await screen.findByRole('region', { name: 'Overdue (200)' });
    holding = true;
    fireEvent.click(
      within(overdueSection).getByRole('button', { name: 'Show 100 more overdue (of 175)' }),
    );
    await waitFor(() => expect(agendaQueries.at(-1)?.get('limit')).toBe('125'));
    // The longer list is on its way: the day's first 25 stay where they were, not a loader.
    expect(screen.getByRole('region', { name: 'Overdue (200)' })).toBe(overdueSection);
    expect(within(overdueSection).getAllByRole('listitem')).toHaveLength(25);
    release();
    await waitFor(() => expect(within(overdueSection).getAllByRole('listitem')).toHaveLength(125));
  });

  test("another day starts afresh: the previous day's actions are not shown while it loads", async () => {
    let holding = false;
    let release = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    serve([overdue], undefined, () => (holding ? arrived : Promise.resolve()));
    page();
    expect(
      await screen.findByRole('listitem', { name: 'Send a thank-you: Ana Silva' }),
    ).toBeTruthy();
    expect(screen.getByText(/as it will stand on/)).toBeTruthy();
    holding = true;
    fireEvent.click(screen.getByRole('link', { name: 'Back to today' }));
    await waitFor(() => expect(screen.queryByText(/as it will stand on/)).toBeNull());
    expect(screen.queryByRole('listitem', { name: 'Send a thank-you: Ana Silva' })).toBeNull();
    release();
    expect(
      await screen.findByRole('listitem', { name: 'Send a thank-you: Ana Silva' }),
    ).toBeTruthy();
  });

  test('a newcomer with no interview sees the counts and first steps', async () => {
    serve([]);
    page('/');
    expect(await screen.findByRole('heading', { name: 'Welcome to Wayfinder' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'First steps' })).toBeTruthy();
    expect(screen.getByText('People in your network')).toBeTruthy();
    expect(screen.queryByText(/as it will stand on/)).toBeNull();
  });
});
