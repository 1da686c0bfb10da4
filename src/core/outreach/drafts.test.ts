import { describe, expect, test } from 'vitest';
import { BUILT_IN_PLAYBOOKS, TWO_HOUR_JOB_SEARCH } from '../playbook';
import { checkOutreach } from './check';
import { draftMessage, kindsForChannel, recipientOf, type DraftInput } from './drafts';
import { checkDraft, unfilledGaps } from './drafts/gaps';
import { FREE_LINKEDIN } from './corpus-entry';
import { CHANNELS, type Channel, type MessageKind } from './types';

const complete: Omit<DraftInput, 'kind' | 'channel' | 'playbook'> = {
  person: { name: 'Ana Silva', organization: 'Acme Health', title: 'UX Researcher' },
  introducer: { name: 'Maria Lopez' },
  explorations: [
    {
      title: 'UX research in healthcare',
      kind: 'field',
      keyQuestions: ['How much of the work is with patients?'],
    },
  ],
  profile: {
    name: 'Jamie Okoro',
    email: 'jamie@example.org',
    summary: 'a final-year economics student at Leeds',
  },
};

const every = CHANNELS.flatMap((channel) =>
  kindsForChannel(channel).map((kind) => [kind, channel] as [MessageKind, Channel]),
);
const requestKinds = every.filter(
  ([kind]) => kind === 'request' || kind === 'referral_intro_request',
);

describe('drafts for every message', () => {
  test.each(
    BUILT_IN_PLAYBOOKS.flatMap((p) => requestKinds.map(([k, c]) => [p.id, k, c, p] as const)),
  )(
    'a %s %s by %s with complete inputs passes the checker without errors or warnings',
    (_id, kind, channel, playbook) => {
      const draft = draftMessage({ ...complete, kind, channel, playbook });
      const findings = checkOutreach(draft.body, { playbook, channel, kind });
      const serious = findings.filter((f) => f.severity !== 'info');
      expect(serious, `${draft.body}\n${serious.map((f) => f.message).join('\n')}`).toEqual([]);
    },
  );

  test.each(every)('a %s by %s never asks for a job', (kind, channel) => {
    for (const introducer of [complete.introducer, null]) {
      const draft = draftMessage({
        ...complete,
        introducer,
        kind,
        channel,
        playbook: TWO_HOUR_JOB_SEARCH,
      });
      const text = `${draft.subject ?? ''}\n${draft.body}`;
      expect(checkOutreach(text, { playbook: TWO_HOUR_JOB_SEARCH, kind: 'thank_you' })).toEqual([]);
    }
  });

  test('names the introducer first and asks for the playbook’s default duration', () => {
    const draft = draftMessage({
      ...complete,
      kind: 'request',
      channel: 'email',
      playbook: TWO_HOUR_JOB_SEARCH,
    });
    expect(draft.subject).toBe('Maria Lopez suggested I get in touch');
    expect(draft.body).toMatch(
      /^Hi Ana,\n\nMaria Lopez suggested I reach out to you\. I'm a final-year economics student at Leeds/,
    );
    expect(draft.body).toContain('20 minutes');
    expect(draft.body).toContain('at Acme Health');
    expect(draft.body).toMatch(/Thank you,\nJamie Okoro$/);
    expect(unfilledGaps(draft.body)).toEqual([]);
    const longer = { ...TWO_HOUR_JOB_SEARCH, defaultDurationMinutes: 15 };
    expect(
      draftMessage({ ...complete, kind: 'request', channel: 'email', playbook: longer }).body,
    ).toContain('15 minutes');
  });

  test('LinkedIn connection notes fit the playbook’s note limit, free accounts too', () => {
    const long = {
      ...complete,
      person: {
        name: 'Dr. Bartholomew Featherstonehaugh',
        organization: 'The Royal Infirmary of Edinburgh NHS Trust',
      },
      profile: {
        ...complete.profile,
        summary:
          'a career changer after twelve years as a secondary-school chemistry teacher in Manchester',
      },
    };
    for (const playbook of [...BUILT_IN_PLAYBOOKS, FREE_LINKEDIN]) {
      for (const inputs of [complete, long]) {
        const { body } = draftMessage({
          ...inputs,
          kind: 'request',
          channel: 'linkedin_note',
          playbook,
        });
        expect([...body].length).toBeLessThanOrEqual(playbook.outreach.linkedinNoteLimit);
        expect(
          checkOutreach(body, { playbook, channel: 'linkedin_note' }).filter(
            (f) => f.severity === 'error',
          ),
        ).toEqual([]);
      }
    }
    const { body } = draftMessage({
      ...long,
      kind: 'request',
      channel: 'linkedin_note',
      playbook: FREE_LINKEDIN,
    });
    expect(body).toContain('Hi Dr. Featherstonehaugh,');
  });

  test('an introduction request addresses the introducer and names the person', () => {
    const draft = draftMessage({
      ...complete,
      kind: 'referral_intro_request',
      channel: 'email',
      playbook: TWO_HOUR_JOB_SEARCH,
    });
    expect(draft.subject).toBe('Could you introduce me to Ana Silva?');
    expect(draft.body).toMatch(/^Hi Maria,/);
    expect(recipientOf('referral_intro_request')).toBe('introducer');
    expect(recipientOf('introducer_thanks')).toBe('introducer');
    expect(recipientOf('thank_you')).toBe('person');
  });

  test('marks what is missing as visible gaps the composer reports as errors', () => {
    const draft = draftMessage({
      kind: 'request',
      channel: 'email',
      person: { name: 'Ana Silva' },
      introducer: null,
      explorations: [],
      profile: { name: '', summary: '' },
      playbook: TWO_HOUR_JOB_SEARCH,
    });
    const gaps = unfilledGaps(draft.body).map((g) => draft.body.slice(g.start, g.end));
    expect(gaps).toEqual([
      '[where you found them, e.g. the alumni directory]',
      '[one line about you, e.g. a final-year economics student]',
      '[the field or role you are exploring]',
      '[your name]',
    ]);
    const findings = checkDraft(draft.body, { playbook: TWO_HOUR_JOB_SEARCH });
    expect(findings.filter((f) => f.rule === 'unfilled-gap')).toHaveLength(4);
    expect(findings[0]!.severity).toBe('error');
    expect(unfilledGaps('See [1] and [2].')).toEqual([]);
  });

  test('questions in advance start with the exploration’s own key questions', () => {
    const { body } = draftMessage({
      ...complete,
      kind: 'questions_in_advance',
      channel: 'email',
      playbook: TWO_HOUR_JOB_SEARCH,
    });
    expect(body).toContain(
      '- How much of the work is with patients?\n- What does a typical week look like for you?',
    );
    expect(body).toContain('our 20 minutes');
  });

  test('thank-yous leave the takeaway for the user to write', () => {
    const { subject, body } = draftMessage({
      ...complete,
      kind: 'thank_you',
      channel: 'email',
      playbook: TWO_HOUR_JOB_SEARCH,
    });
    expect(subject).toBe('Thank you for your time today');
    expect(unfilledGaps(body).length).toBeGreaterThan(0);
  });

  test('only e-mail drafts carry a subject, and every channel offers a request', () => {
    for (const [kind, channel] of every) {
      const draft = draftMessage({ ...complete, kind, channel, playbook: TWO_HOUR_JOB_SEARCH });
      expect(draft.subject !== undefined, `${kind} by ${channel}`).toBe(channel === 'email');
      expect(draft.body.trim().length).toBeGreaterThan(20);
    }
    for (const channel of CHANNELS) expect(kindsForChannel(channel)).toContain('request');
  });
});
