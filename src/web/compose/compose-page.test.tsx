// @vitest-environment jsdom
import '../testing/setup-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { BUILT_IN_PLAYBOOKS } from '#core/playbook';
import type { Settings } from '#core/settings';
import type { InterviewDetail } from '../api/interviews.api';
import { fakeServer, renderWithProviders } from '../testing/render';
import { anExploration, anInterview } from '../testing/interviews';
import { aPerson } from '../testing/people';
import { ComposePage } from './compose-page';

const maria = aPerson({ id: 3, name: 'Maria Lopez', emails: ['maria@example.org'] });
const ana = aPerson({
  id: 7,
  name: 'Ana Silva',
  organization: 'Acme Health',
  emails: ['ana@acme.example'],
  introducedById: 3,
  introducedBy: { id: 3, name: 'Maria Lopez' },
});
const interview: InterviewDetail = {
  ...anInterview({ id: 12, introducedById: 3, explorationIds: [1] }),
  person: ana,
  explorations: [anExploration({ id: 1, title: 'UX research in healthcare', kind: 'field' })],
  messages: [],
  interactions: [],
};

/**
 * The server as the composer meets it; without `settings`, /api/settings and /api/playbooks
 * answer 404 and the drafts fall back to an empty profile and the default playbook.
 */
function serve({
  mailConfigured = false,
  emails = ana.emails,
  playbookId = interview.playbookId,
  settings = undefined as Settings | undefined,
} = {}) {
  return fakeServer((url, init) => {
    if (url.pathname === '/api/interviews/12') {
      return { body: { ...interview, playbookId, person: { ...ana, emails } } };
    }
    if (url.pathname === '/api/settings' && settings) return { body: settings };
    if (url.pathname === '/api/playbooks' && settings) {
      return { body: { items: BUILT_IN_PLAYBOOKS } };
    }
    if (url.pathname === '/api/people/3') return { body: maria };
    if (url.pathname === '/api/settings/mail') {
      return {
        body: {
          configured: mailConfigured,
          host: '',
          port: 587,
          security: 'starttls',
          username: '',
          passwordSet: false,
          fromName: '',
          fromAddress: mailConfigured ? 'jamie@example.org' : '',
          updatedAt: null,
        },
      };
    }
    if (url.pathname === '/api/interviews/12/send' && init.method === 'POST') {
      return { status: 201, body: { id: 1, kind: 'request' } };
    }
    if (url.pathname === '/api/interviews/12/eml' && init.method === 'POST') {
      return { body: { eml: true } };
    }
    if (url.pathname === '/api/interviews/12/messages' && init.method === 'POST') {
      return { status: 201, body: { id: 1, kind: 'request' } };
    }
    return undefined;
  });
}

const renderComposer = (query = 'kind=request&channel=email') =>
  renderWithProviders(<ComposePage />, {
    route: `/interviews/12/compose?${query}`,
    path: '/interviews/:id/compose',
  });

const findings = () => screen.getByRole('region', { name: 'Checks against your playbook' });

describe('the composer', () => {
  beforeEach(() => window.localStorage.clear());

  test('prefills the request naming the introducer, with gaps where the profile is missing', async () => {
    serve();
    renderComposer();
    const body = (await screen.findByLabelText('Message')) as HTMLTextAreaElement;
    expect(body.value).toMatch(/^Hi Ana,\n\nMaria Lopez suggested I reach out to you\./);
    expect((screen.getByLabelText('Subject') as HTMLInputElement).value).toBe(
      'Maria Lopez suggested I get in touch',
    );
    expect(screen.getByText(/Drafts introduce you from your profile/)).toBeTruthy();
    // No profile yet: the summary and the name are gaps, reported until filled.
    await waitFor(() =>
      expect(within(findings()).getAllByText(/is a gap in the template/)).toHaveLength(2),
    );
  });

  test('findings follow the text as it changes, and clicking one selects its words', async () => {
    serve();
    renderComposer();
    const body = (await screen.findByLabelText('Message')) as HTMLTextAreaElement;
    const text =
      'Hi Ana,\n\nMaria Lopez suggested I reach out. I am exploring UX research in healthcare. Are there any openings on your team? Would you have 20 minutes for a call?\n\nJamie';
    fireEvent.change(body, { target: { value: text } });
    const jobAsk = await within(findings()).findByRole('button', {
      name: /anything that reads like a job application/,
    });
    fireEvent.click(jobAsk);
    expect(document.activeElement).toBe(body);
    expect(text.slice(body.selectionStart, body.selectionEnd)).toBe('any openings');

    fireEvent.change(body, {
      target: { value: text.replace('Are there any openings on your team? ', '') },
    });
    await waitFor(() => expect(within(findings()).queryByText(/job application/)).toBeNull());
    expect(within(findings()).getByText(/Nothing to point out/)).toBeTruthy();
  });

  test('keeps the edits in the browser, and Reset to template brings the draft back', async () => {
    serve();
    const first = renderComposer();
    const body = (await screen.findByLabelText('Message')) as HTMLTextAreaElement;
    fireEvent.change(body, { target: { value: 'My own words' } });
    first.unmount();

    renderComposer();
    const again = (await screen.findByLabelText('Message')) as HTMLTextAreaElement;
    expect(again.value).toBe('My own words');
    fireEvent.click(screen.getByRole('button', { name: 'Reset to template' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Reset' }));
    expect(again.value).toMatch(/^Hi Ana,/);
    expect(window.localStorage.length).toBe(0);
  });

  test('switching to another kind keeps the edited draft and offers the way back to it', async () => {
    serve();
    renderComposer();
    const body = (await screen.findByLabelText('Message')) as HTMLTextAreaElement;
    fireEvent.change(body, { target: { value: 'My own words' } });
    fireEvent.click(screen.getAllByLabelText('Kind of message')[0]!);
    fireEvent.click(await screen.findByRole('option', { name: 'Follow-up' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Message') as HTMLTextAreaElement).value).not.toBe(
        'My own words',
      ),
    );
    expect(screen.getByText('Your edits are kept')).toBeTruthy();
    expect(screen.getByText(/What you wrote in the request \(email\)/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Back to that draft' }));
    await waitFor(() =>
      expect((screen.getByLabelText('Message') as HTMLTextAreaElement).value).toBe('My own words'),
    );
    expect(screen.queryByText('Your edits are kept')).toBeNull();
  });

  test('switching away from an untouched draft says nothing', async () => {
    serve();
    renderComposer();
    await screen.findByLabelText('Message');
    fireEvent.click(screen.getAllByLabelText('Sent by')[0]!);
    fireEvent.click(await screen.findByRole('option', { name: 'LinkedIn message' }));
    await waitFor(() => expect(screen.queryByLabelText('Subject')).toBeNull());
    expect(screen.queryByText('Your edits are kept')).toBeNull();
  });

  test('asks for a new address the way the server checks it', async () => {
    serve({ emails: [] });
    renderComposer();
    const to = await screen.findByLabelText('To');
    fireEvent.change(to, { target: { value: 'ana..silva@example.org' } });
    expect(await screen.findByText('Write an address like ana@example.com')).toBeTruthy();
    fireEvent.change(to, { target: { value: 'ana.silva@example.org' } });
    await waitFor(() =>
      expect(screen.queryByText('Write an address like ana@example.com')).toBeNull(),
    );
  });

  test('a draft whose playbook was deleted follows the active playbook, as the server does', async () => {
    serve({
      playbookId: 'my-deleted-copy',
      settings: {
        profile: { name: 'Jamie Okoro', email: null, summary: 'a nurse moving into UX research' },
        timeZone: 'Europe/London',
        playbookId: 'career-centre',
        calendarFeedPath: `/calendar/${'a'.repeat(43)}.ics`,
      },
    });
    renderComposer();
    await screen.findByLabelText('Message');
    // The career centre's limit is 100 words; the default playbook's is 75.
    expect(screen.getByText(/ of 100 words/)).toBeTruthy();
    expect(screen.queryByText(/Drafts introduce you from your profile/)).toBeNull();
  });

  test('an introduction request is written to the introducer', async () => {
    serve();
    renderComposer('kind=referral_intro_request&channel=email');
    const body = (await screen.findByLabelText('Message')) as HTMLTextAreaElement;
    expect(body.value).toMatch(/^Hi Maria,/);
    expect((screen.getByLabelText('To') as HTMLInputElement).value).toBe('maria@example.org');
  });

  test('Send now with an error asks first, then sends and records', async () => {
    const calls = serve({ mailConfigured: true });
    renderComposer();
    const body = (await screen.findByLabelText('Message')) as HTMLTextAreaElement;
    fireEvent.change(body, {
      target: { value: 'Hi Ana, could you refer me for the position? Would you have 20 minutes?' },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Send now' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Send now anyway' }));
    await waitFor(() => expect(screen.getByText('Elsewhere')).toBeTruthy());
    const sent = calls.find((call) => call.path === '/api/interviews/12/send');
    expect(sent?.body).toMatchObject({
      to: 'ana@acme.example',
      kind: 'request',
      subject: 'Maria Lopez suggested I get in touch',
    });
    expect(window.localStorage.length).toBe(0);
  });

  test('copying a LinkedIn note offers “I sent it”, which records the message', async () => {
    const calls = serve();
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: async (value: string) => void (copied = value) },
      configurable: true,
    });
    renderComposer('kind=request&channel=linkedin_note');
    const body = (await screen.findByLabelText('Message')) as HTMLTextAreaElement;
    expect(screen.getByText(/of 300 characters LinkedIn allows in a note/)).toBeTruthy();
    expect(screen.queryByLabelText('Subject')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    // The note still has gaps for the missing profile: copying them is confirmed first.
    fireEvent.click(await screen.findByRole('button', { name: 'Copy anyway' }));
    fireEvent.click(await screen.findByRole('button', { name: 'I sent it' }));
    await waitFor(() => expect(screen.getByText('Elsewhere')).toBeTruthy());
    expect(copied).toBe(body.value);
    const recorded = calls.find((call) => call.path === '/api/interviews/12/messages');
    expect(recorded?.body).toMatchObject({
      kind: 'request',
      channel: 'linkedin_note',
      body: copied,
    });
  });

  test('a message too long for a mail link explains why and offers the .eml instead', async () => {
    const calls = serve();
    const saved: string[] = [];
    // jsdom has no object URLs and does not download; stand-ins note the file asked for.
    Object.assign(URL, { createObjectURL: () => 'blob:draft', revokeObjectURL: () => {} });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push(this.download);
    });
    renderComposer();
    const body = (await screen.findByLabelText('Message')) as HTMLTextAreaElement;
    const long = `Hi Ana,\n\nMaria Lopez suggested I reach out. ${'I am exploring UX research in healthcare. '.repeat(60)}Would you have 20 minutes?\n\nJamie`;
    fireEvent.change(body, { target: { value: long } });
    // Far over the word limit: the confirmation comes first.
    fireEvent.click(screen.getByRole('button', { name: 'Open in mail app' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Open in mail app anyway' }));
    expect(await screen.findByText(/Mail programs cut links this long/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download the .eml file' }));
    await waitFor(() => expect(saved).toEqual(['request-to-ana-silva.eml']));
    const eml = calls.find((call) => call.path === '/api/interviews/12/eml');
    expect(eml?.body).toMatchObject({ kind: 'request', body: long });
    expect(await screen.findByRole('button', { name: 'I sent it' })).toBeTruthy();
    vi.restoreAllMocks();
  });

  test('without an address on record, Send now waits for one typed in To', async () => {
    const calls = serve({ mailConfigured: true, emails: [] });
    renderComposer();
    const to = (await screen.findByLabelText('To')) as HTMLInputElement;
    const sendNow = screen.getByRole('button', { name: 'Send now' }) as HTMLButtonElement;
    expect(to.value).toBe('');
    expect(sendNow.disabled).toBe(true);
    fireEvent.change(to, { target: { value: 'ana.silva@example.org' } });
    await waitFor(() => expect(sendNow.disabled).toBe(false));
    fireEvent.click(sendNow);
    fireEvent.click(await screen.findByRole('button', { name: 'Send now anyway' }));
    await waitFor(() => expect(screen.getByText('Elsewhere')).toBeTruthy());
    const sent = calls.find((call) => call.path === '/api/interviews/12/send');
    expect(sent?.body).toMatchObject({ to: 'ana.silva@example.org' });
  });
});
