// @vitest-environment jsdom
import '../testing/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { InterviewDetail } from '../api/interviews.api';
import { anInterview } from '../testing/interviews';
import { aPerson } from '../testing/people';
import { fakeServer, renderWithProviders } from '../testing/render';
import { InterviewPage } from './interview-page';

function aDetail(overrides: Partial<InterviewDetail> = {}): InterviewDetail {
  const {
    person: _label,
    introducer: _introducer,
    ...interview
  } = anInterview({
    stage: 'asked',
    version: 2,
    introducedById: 9,
    requestSentAt: '2026-03-02T09:00:00.000Z',
  });
  return {
    ...interview,
    person: aPerson({ id: 7, name: 'Ana Silva', introducedBy: { id: 9, name: 'Maria Lopez' } }),
    introducer: { id: 9, name: 'Maria Lopez' },
    explorations: [],
    messages: [
      {
        id: 5,
        interviewId: 1,
        personId: 7,
        kind: 'request',
        channel: 'email',
        subject: 'A quick question about UX research',
        body: 'Maria Lopez suggested I write to you.',
        status: 'sent',
        sentAt: '2026-03-02T09:00:00.000Z',
        createdAt: '2026-03-02T09:00:00.000Z',
      },
    ],
    interactions: [
      {
        id: 1,
        personId: 7,
        interviewId: 1,
        kind: 'message_sent',
        at: '2026-03-02T09:00:00.000Z',
        summary: 'A quick question about UX research',
        createdAt: '2026-03-02T09:00:00.000Z',
      },
      {
        id: 2,
        personId: 7,
        interviewId: 1,
        kind: 'stage_change',
        at: '2026-03-02T09:00:00.000Z',
        summary: 'idea → asked',
        createdAt: '2026-03-02T09:00:00.000Z',
      },
    ],
    ...overrides,
  };
}

/** Without `timeZone` the settings do not load, and times fall back to this device's zone. */
function serve(detail: InterviewDetail, timeZone?: string) {
  return fakeServer((url, init) => {
    if (url.pathname === '/api/settings' && timeZone) {
      return {
        body: {
          profile: { name: 'Jamie', email: null, summary: null },
          timeZone,
          playbookId: 'two-hour-job-search',
          calendarFeedPath: `/calendar/${'a'.repeat(43)}.ics`,
        },
      };
    }
    if (url.pathname === '/api/interviews/1' && (init.method ?? 'GET') === 'GET')
      return { body: detail };
    if (url.pathname === '/api/interviews/1' && init.method === 'PATCH')
      return { body: { ...detail, version: detail.version + 1 } };
    if (url.pathname === '/api/people')
      return {
        body: {
          items: [aPerson({ id: 13, name: 'Dan Reyes', organization: 'Globex' })],
          nextCursor: null,
        },
      };
    if (url.pathname === '/api/interviews/1/stage') return { body: { ...detail, version: 3 } };
    if (url.pathname === '/api/interviews/1/replies')
      return { status: 201, body: { ...detail, stage: 'declined' } };
    return undefined;
  });
}

const page = () =>
  renderWithProviders(<InterviewPage />, { route: '/interviews/1', path: '/interviews/:id' });

describe('InterviewPage', () => {
  test('offers only the moves the method allows from the stage, and sends the version read', async () => {
    const calls = serve(aDetail());
    page();
    const moves = await screen.findByRole('group', { name: 'Move to another stage' });
    expect(
      within(moves)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Mark as agreed', 'Mark as declined', 'Mark as no reply', 'Mark as cancelled']);
    expect(screen.getByRole('link', { name: 'Write a follow-up' }).getAttribute('href')).toBe(
      '/interviews/1/compose?kind=follow_up&channel=email',
    );
    fireEvent.click(within(moves).getByRole('button', { name: 'Mark as agreed' }));
    await waitFor(() =>
      expect(calls.find((call) => call.path === '/api/interviews/1/stage')?.body).toEqual({
        version: 2,
        stage: 'agreed',
      }),
    );
  });

  test('moving a scheduled interview back to agreed says the time is dropped', async () => {
    serve(aDetail({ stage: 'scheduled', scheduledFor: '2026-03-10T14:30:00.000Z' }));
    page();
    const moves = await screen.findByRole('group', { name: 'Move to another stage' });
    expect(
      within(moves)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Mark as held', 'Back to agreed (not scheduled yet)', 'Mark as cancelled']);
  });

  test('an idea offers the request and the introduction; scheduling asks for the time', async () => {
    serve(aDetail({ stage: 'idea' }));
    const { unmount } = page();
    expect(await screen.findByRole('link', { name: 'Draft the request' })).toBeTruthy();
    expect(
      screen
        .getByRole('link', { name: 'Ask Maria Lopez for an introduction' })
        .getAttribute('href'),
    ).toBe('/interviews/1/compose?kind=referral_intro_request&channel=email');
    unmount();

    const calls = serve(aDetail({ stage: 'agreed', version: 4 }));
    page();
    fireEvent.click(await screen.findByRole('button', { name: 'Schedule' }));
    const dialog = await screen.findByRole('dialog', { name: 'Schedule the conversation' });
    fireEvent.change(within(dialog).getByLabelText(/Date and time/), {
      target: { value: '2026-03-10T14:30' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save the time' }));
    await waitFor(() =>
      expect(calls.find((call) => call.path === '/api/interviews/1/stage')?.body).toEqual({
        version: 4,
        stage: 'scheduled',
        scheduledFor: new Date('2026-03-10T14:30').toISOString(),
      }),
    );
  });

  test('names the interview’s own introducer, and corrects it from the page', async () => {
    const calls = serve(
      aDetail({
        stage: 'idea',
        introducedById: 12,
        introducer: { id: 12, name: 'Cleo Park' },
      }),
    );
    page();
    expect(
      await screen.findByRole('link', { name: 'Ask Cleo Park for an introduction' }),
    ).toBeTruthy();
    const select = screen
      .getAllByLabelText('Introduced by')
      .find((element) => element instanceof HTMLInputElement && element.type !== 'hidden')!;
    expect((select as HTMLInputElement).value).toBe('Cleo Park');
    fireEvent.click(select);
    fireEvent.change(select, { target: { value: 'Dan' } });
    fireEvent.click(
      await screen.findByRole('option', { name: 'Dan Reyes (Globex)' }, { timeout: 3000 }),
    );
    await waitFor(() =>
      expect(
        calls.find((call) => call.path === '/api/interviews/1' && call.method === 'PATCH')?.body,
      ).toEqual({
        version: 2,
        introducedById: 13,
      }),
    );
  });

  test('logs a reply with what they said and when', async () => {
    const calls = serve(aDetail());
    page();
    fireEvent.click(await screen.findByRole('button', { name: 'Log a reply' }));
    const dialog = await screen.findByRole('dialog', { name: 'Log a reply from Ana Silva' });
    fireEvent.click(within(dialog).getByRole('radio', { name: /No, not this time/ }));
    fireEvent.change(within(dialog).getByLabelText(/When did the reply come/), {
      target: { value: '2026-03-04T10:30' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save the reply' }));
    await waitFor(() =>
      expect(calls.find((call) => call.path === '/api/interviews/1/replies')?.body).toEqual({
        receivedAt: new Date('2026-03-04T10:30').toISOString(),
        sentiment: 'negative',
      }),
    );
    expect(await screen.findByText('Reply from Ana Silva logged.')).toBeTruthy();
  });

  test('shows the timeline newest first, a sent message once, with its text on request', async () => {
    serve(
      aDetail({
        interactions: [
          ...aDetail().interactions,
          {
            id: 3,
            personId: 7,
            interviewId: 1,
            kind: 'message_received',
            at: '2026-03-04T10:00:00.000Z',
            summary: 'reply: later',
            createdAt: '2026-03-04T10:00:00.000Z',
          },
        ],
      }),
    );
    page();
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    const titles = within(timeline)
      .getAllByText(/^(They replied|Request sent|Moved from|Message sent)/)
      .map((node) => node.textContent);
    expect(titles).toEqual([
      'They replied: maybe later',
      'Request sent by email',
      'Moved from Idea to Asked',
    ]);
    expect(within(timeline).queryByText('Maria Lopez suggested I write to you.')).toBeNull();
    fireEvent.click(within(timeline).getByRole('button', { name: 'Show the text' }));
    expect(within(timeline).getByText('Maria Lopez suggested I write to you.')).toBeTruthy();
  });

  test('times are entered and shown in the time zone of the settings, which the dialogs name', async () => {
    const calls = serve(
      aDetail({ stage: 'agreed', version: 4, requestSentAt: '2026-03-02T15:00:00.000Z' }),
      'America/New_York',
    );
    page();
    const timeline = await screen.findByRole('region', { name: 'Timeline' });
    // 09:00 UTC is 04:00 in New York (EST, before the clocks change on 8 March).
    await waitFor(() => expect(within(timeline).getAllByText(/\b4:00|04:00/).length).toBe(2));

    fireEvent.click(screen.getByRole('button', { name: 'Schedule' }));
    const schedule = await screen.findByRole('dialog', { name: 'Schedule the conversation' });
    expect(
      within(schedule).getByText('In America/New York time, your time zone in Settings.'),
    ).toBeTruthy();
    fireEvent.change(within(schedule).getByLabelText(/Date and time/), {
      target: { value: '2026-03-10T14:30' },
    });
    fireEvent.click(within(schedule).getByRole('button', { name: 'Save the time' }));
    await waitFor(() =>
      expect(calls.find((call) => call.path === '/api/interviews/1/stage')?.body).toEqual({
        version: 4,
        stage: 'scheduled',
        // EDT from 8 March: four hours behind UTC.
        scheduledFor: '2026-03-10T18:30:00.000Z',
      }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Log a reply' }));
    const reply = await screen.findByRole('dialog', { name: 'Log a reply from Ana Silva' });
    fireEvent.change(within(reply).getByLabelText(/When did the reply come/), {
      target: { value: '2026-03-04T10:30' },
    });
    fireEvent.click(within(reply).getByRole('button', { name: 'Save the reply' }));
    await waitFor(() =>
      expect(calls.find((call) => call.path === '/api/interviews/1/replies')?.body).toMatchObject({
        receivedAt: '2026-03-04T15:30:00.000Z',
      }),
    );
  });
});
