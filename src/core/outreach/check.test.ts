import { describe, expect, test } from 'vitest';
import { CAREER_CENTRE, TWO_HOUR_JOB_SEARCH, type Playbook } from '../playbook';
import { checkOutreach } from './check';
import type { CheckOptions, Finding, RuleId } from './types';

const CONNECTION = 'Maria Lopez suggested I reach out.';
const INTEREST =
  "I'm exploring a move into UX research and would love to hear how you started at Acme.";
const ASK = 'Would you have 15 minutes for a call next week?';

/** A request that follows the method, with `middle` between the interest and the ask. */
const request = (middle = '', parts: { connection?: string; ask?: string } = {}) =>
  `Hi Ben,\n\n${parts.connection ?? CONNECTION} ${INTEREST} ${middle} ${parts.ask ?? ASK}\n\nBest,\nAna Lima\nana@lima.example`;

const check = (text: string, options: Partial<CheckOptions> = {}) =>
  checkOutreach(text, { playbook: TWO_HOUR_JOB_SEARCH, ...options });
const of = (findings: Finding[], rule: RuleId) => findings.filter((f) => f.rule === rule);
const spanText = (text: string, finding: Finding | undefined) =>
  finding ? text.slice(finding.start, finding.end) : undefined;

describe('no-job-ask', () => {
  test.each([
    ["I'm looking for a job in design.", 'looking for a job'],
    ['Do you know of any openings?', 'any openings'],
    ['Also, could you refer me for the position on your team?', 'refer me for'],
    ["I've attached my résumé.", "I've attached my résumé"],
    ['I’ve attached my resume.', 'I’ve attached my resume'],
    ['CV attached.', 'CV attached'],
    ['Please find my resume below.', 'Please find my resume'],
    ['Is your team hiring?', 'is your team hiring'],
    ['Could you pass along a referral for the analyst role?', 'referral for the analyst role'],
  ])('flags “%s” as an error pointing at “%s”', (phrase, span) => {
    const text = request(phrase);
    const [finding, ...more] = of(check(text), 'no-job-ask');
    expect(more).toHaveLength(0);
    expect(finding?.severity).toBe('error');
    expect(spanText(text, finding)?.toLowerCase()).toBe(span.toLowerCase());
    expect(finding?.suggestion).toContain(text.slice(finding!.start, finding!.end));
  });

  test.each([
    "I'm not looking for a job, just your advice.",
    "I'm not asking for a job.",
    "This isn't a job request.",
    'I am not currently looking for a new position.',
    'Your talk was eye-opening.',
    'I wonder what hiring managers look for in new researchers.',
    'Could you refer me to someone else on your team if you are busy?',
    'A job is not what I am after, only advice.',
  ])('accepts “%s”', (phrase) => {
    expect(of(check(request(phrase)), 'no-job-ask')).toEqual([]);
  });

  test('still flags an opening asked for after a denial in an earlier clause', () => {
    const text = request("I'm not looking for a job, but are there any openings?");
    expect(of(check(text), 'no-job-ask').map((f) => spanText(text, f))).toEqual(['any openings']);
  });

  test('checks the P.S. below the signature too', () => {
    const text = `${request()}\n\nP.S. I've attached my CV in case it helps.`;
    expect(of(check(text), 'no-job-ask')).toHaveLength(1);
  });
});

describe('time-ask', () => {
  test.each([
    '15 minutes',
    'a quick 20-minute call',
    'a short call',
    'ten minutes',
    '20 min',
    'a few minutes',
    '10 to 15 minutes',
  ])('accepts “%s” as a small, specific ask', (ask) => {
    expect(of(check(request('', { ask: `Could I have ${ask} next week?` })), 'time-ask')).toEqual(
      [],
    );
  });

  test('half an hour is a time ask; the two-hour job search notes it is longer than it suggests', () => {
    const text = request('', { ask: 'Would half an hour next week work?' });
    const [finding] = of(check(text), 'time-ask');
    expect(finding?.severity).toBe('info');
    expect(spanText(text, finding)).toBe('half an hour');
    expect(of(check(text, { playbook: CAREER_CENTRE }), 'time-ask')).toEqual([]);
  });

  test('an hour is too long: a warning on the phrase with a shorter ask from the playbook', () => {
    const text = request('', { ask: 'Would you have an hour next week?' });
    const [finding] = of(check(text), 'time-ask');
    expect(finding).toMatchObject({ severity: 'warning' });
    expect(spanText(text, finding)).toBe('an hour');
    expect(finding?.suggestion).toContain('15 minutes');
    expect(of(check(text, { playbook: CAREER_CENTRE }), 'time-ask')[0]?.suggestion).toContain(
      '20 minutes',
    );
  });

  test('no time named at all is a warning about something missing', () => {
    const [finding] = of(check(request('', { ask: 'Would you be open to chatting?' })), 'time-ask');
    expect(finding).toMatchObject({ severity: 'warning', start: 0, end: 0 });
  });
});

describe('connection-first', () => {
  test.each([
    'Maria Lopez suggested I reach out.',
    'I got your name from the alumni office.',
    'We met at the UXPA conference in May.',
    'As a fellow alumna of Smith College, I hope you do not mind a note.',
    "I'm a member of the Society for Technical Communication too.",
    'Ben Okafor mentioned you love talking about research.',
    'Professor Kim thought you would be a great person to ask.',
  ])('recognises “%s”', (connection) => {
    expect(of(check(request('', { connection })), 'connection-first')).toEqual([]);
  });

  test('an opening pleasantry does not push the connection out of first place', () => {
    const text = `Hi Ben,\n\nI hope this finds you well! My name is Ana. ${CONNECTION} ${INTEREST} ${ASK}`;
    expect(of(check(text), 'connection-first')).toEqual([]);
    const late = `Hi Ben,\n\nMy name is Ana. I study design. ${CONNECTION} ${INTEREST} ${ASK}`;
    expect(of(check(late), 'connection-first')).toHaveLength(1);
  });

  test('a connection named late is pointed at, with a suggestion to move it up', () => {
    const text = `Hi Ben,\n\nI'm a student. ${INTEREST} I have been reading about research methods all year. Maria Lopez suggested I reach out. ${ASK}`;
    const [finding] = of(check(text), 'connection-first');
    expect(spanText(text, finding)).toBe('Maria Lopez suggested I reach out.');
  });
});

describe('ends-with-question', () => {
  test('finds the question under a thank-you line and a signature', () => {
    expect(of(check(`${request()}\n\nThank you!`), 'ends-with-question')).toEqual([]);
    expect(
      of(check(request().replace(ASK, `${ASK} Thanks so much!`)), 'ends-with-question'),
    ).toEqual([]);
  });

  test('points at the closing statement when there is no question at the end', () => {
    const text = request('', { ask: 'Let me know when suits you for 15 minutes.' });
    const [finding] = of(check(text), 'ends-with-question');
    expect(spanText(text, finding)).toBe('Let me know when suits you for 15 minutes.');
  });
});

describe('interest-stated and about-them', () => {
  test.each([
    "I'm exploring a move into UX research.",
    "I'm curious about paramedicine.",
    "I'm interested in learning about your work at Acme.",
  ])('recognises “%s” as saying what is explored', (interest) => {
    const text = `Hi Ben,\n\n${CONNECTION} ${interest} ${ASK}`;
    expect(of(check(text), 'interest-stated')).toEqual([]);
  });

  test('learning about their career in general names no field', () => {
    const text = `Hi Ben,\n\n${CONNECTION} I'd love to learn more about your career. ${ASK}`;
    expect(of(check(text), 'interest-stated')).toHaveLength(1);
  });

  test('a heavily self-focused request gets an info note, a balanced one none', () => {
    const self = request(
      'I am a hard worker, I think my skills fit, and I would enjoy it. I know my goals.',
    );
    expect(of(check(self), 'about-them')[0]?.severity).toBe('info');
    expect(of(check(request()), 'about-them')).toEqual([]);
  });
});

// The words of request() without a middle: 6 + 17 + 10.
const BASE_WORDS = 33;

/** A request whose body is exactly `n` words (greeting and signature not counted). */
function requestOfWords(n: number): string {
  const filler = Array.from({ length: n - BASE_WORDS }, (_, i) => `word${i}`).join(' ');
  return request(`${filler}.`);
}

describe('word-limit and the two built-in playbooks', () => {
  test('counts the body only, leaving out the greeting and the signature', () => {
    expect(of(check(requestOfWords(76)), 'word-limit')[0]?.message).toContain('76 words');
  });

  test.each([
    [TWO_HOUR_JOB_SEARCH.id, TWO_HOUR_JOB_SEARCH, 75],
    [CAREER_CENTRE.id, CAREER_CENTRE, 100],
  ] as [string, Playbook, number][])(
    '%s allows exactly %i words and not one more',
    (_id, playbook, limit) => {
      expect(of(check(requestOfWords(limit), { playbook }), 'word-limit')).toEqual([]);
      const text = requestOfWords(limit + 1);
      const [finding] = of(check(text, { playbook }), 'word-limit');
      expect(finding?.severity).toBe('error');
      expect(finding?.message).toContain(`${limit}`);
      // The span runs from the first word over the limit to the end of the body.
      expect(spanText(text, finding)).toBe('week?');
    },
  );

  test('reads its limit from the playbook it is given, not a constant', () => {
    const strict: Playbook = {
      ...TWO_HOUR_JOB_SEARCH,
      outreach: { ...TWO_HOUR_JOB_SEARCH.outreach, wordLimit: 35 },
    };
    expect(of(check(request(), { playbook: strict }), 'word-limit')).toEqual([]);
    expect(
      of(check(request('One two three four.'), { playbook: strict }), 'word-limit'),
    ).toHaveLength(1);
  });

  test('is about requests only: a long thank-you has no word limit', () => {
    expect(check(requestOfWords(150), { kind: 'thank_you' })).toEqual([]);
  });
});

describe('note-length', () => {
  const note = (length: number) =>
    `Hi Ben, Maria Lopez suggested I reach out. ${ASK} `.padEnd(length, 'x');

  test('allows exactly the limit and points at what LinkedIn would cut', () => {
    expect(of(check(note(300), { channel: 'linkedin_note' }), 'note-length')).toEqual([]);
    const [finding] = of(check(note(301), { channel: 'linkedin_note' }), 'note-length');
    expect(finding).toMatchObject({ severity: 'error', start: 300, end: 301 });
  });

  test('counts an emoji as one character', () => {
    const text = `${note(299)}🙂`;
    expect(of(check(text, { channel: 'linkedin_note' }), 'note-length')).toEqual([]);
  });

  test('applies only to connection notes', () => {
    expect(of(check(note(400), { channel: 'linkedin_message' }), 'note-length')).toEqual([]);
  });
});

describe('checkOutreach', () => {
  test('an empty draft has nothing to point out', () => {
    expect(check('  \n')).toEqual([]);
  });

  test('lists errors first, and every finding explains itself in one calm sentence with a fix', () => {
    const findings = check(
      'To whom it may concern, I am looking for a job. I have attached my CV. Please reply.',
    );
    expect(findings[0]?.severity).toBe('error');
    expect(findings.map((f) => f.severity)).toEqual(
      [...findings.map((f) => f.severity)].sort(
        (a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b),
      ),
    );
    for (const finding of findings) {
      expect(finding.message).toMatch(/^[^.!?]*(?:“[^”]*”[^.!?]*)*[.]$/);
      expect(finding.suggestion.length).toBeGreaterThan(20);
      expect(`${finding.message} ${finding.suggestion}`).not.toMatch(
        /\b(?:must|never|wrong|bad|don't)\b/i,
      );
    }
  });

  test('an introduction request is not asked for a connection, the reader being the connection', () => {
    const text = `Hi Sam,\n\n${INTEREST} Could you introduce me to Grace for 15 minutes of advice?`;
    expect(of(check(text), 'connection-first')).toHaveLength(1);
    expect(of(check(text, { kind: 'referral_intro_request' }), 'connection-first')).toEqual([]);
  });
});
