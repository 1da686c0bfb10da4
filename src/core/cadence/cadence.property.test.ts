import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { INTERVIEW_STAGES } from '../interview';
import { RELATIONSHIPS } from '../person';
import { CADENCE_STEP_ACTIONS, type Playbook } from '../playbook';
import { addBusinessDays, businessDaysBetween, isBusinessDay } from './business-days';
import { computeActions } from './cadence';
import { holidayCalendar } from './holidays';
import { localDateOf } from './time-zone';
import {
  INTERACTION_KINDS,
  type Action,
  type ActionDecision,
  type CadenceInput,
  type CadenceInterview,
} from './types';

const ZONES = [
  'UTC',
  'America/Los_Angeles',
  'America/New_York',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Pacific/Auckland',
  'America/Santiago',
  'Australia/Lord_Howe',
];
const PEOPLE = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];
const ORGANIZATIONS = ['o0', 'o1'];
const FROM = Date.parse('2025-06-01T00:00:00Z');
const TO = Date.parse('2027-06-01T00:00:00Z');

const instant = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms).toISOString());
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });

const playbook: fc.Arbitrary<Playbook> = fc
  .record({
    holidaysCountry: fc.constantFrom('US', 'DE', 'GB', null),
    steps: fc.array(
      fc.record({
        afterBusinessDays: fc.integer({ min: 1, max: 15 }),
        action: fc.constantFrom(...CADENCE_STEP_ACTIONS),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    giveUpAfterBusinessDays: fc.integer({ min: 1, max: 10 }),
    thankYouWithinHours: fc.integer({ min: 1, max: 168 }),
    keepInTouchWeeks: fc.integer({ min: 1, max: 20 }),
  })
  .map(
    ({
      holidaysCountry,
      steps,
      giveUpAfterBusinessDays,
      thankYouWithinHours,
      keepInTouchWeeks,
    }) => ({
      id: 'random',
      name: 'Random',
      builtIn: false,
      outreach: { wordLimit: 75, linkedinNoteLimit: 300, timeAskMinutes: { min: 10, max: 20 } },
      cadence: { holidaysCountry, steps, giveUpAfterBusinessDays },
      defaultDurationMinutes: 20,
      thankYouWithinHours,
      keepInTouchWeeks,
    }),
  );

const interviewArbitrary = fc.record({
  personId: fc.constantFrom(...PEOPLE),
  organizationId: maybe(fc.constantFrom(...ORGANIZATIONS)),
  introducedById: maybe(fc.constantFrom(...PEOPLE)),
  stage: fc.constantFrom(...INTERVIEW_STAGES),
  requestSentAt: maybe(instant),
  followUpSentAt: maybe(instant),
  agreedAt: maybe(instant),
  scheduledFor: maybe(instant),
  heldAt: maybe(instant),
  thankYouSentAt: maybe(instant),
  introducerThankedAt: maybe(instant),
  questionsSentAt: maybe(instant),
  lastReplyAt: maybe(instant),
});

const input: fc.Arbitrary<CadenceInput> = fc.record({
  asOf: instant,
  timeZone: fc.constantFrom(...ZONES),
  playbook,
  interviews: fc
    .array(interviewArbitrary, { maxLength: 8 })
    .map((list) =>
      list.map((fields, index): CadenceInterview => ({ id: `iv${index}`, ...fields })),
    ),
  people: fc.tuple(
    ...PEOPLE.map((id) =>
      fc.record({
        id: fc.constant(id),
        name: fc.constant(`Person ${id}`),
        organizationId: maybe(fc.constantFrom(...ORGANIZATIONS)),
        relationship: maybe(fc.constantFrom(...RELATIONSHIPS)),
        archived: fc.boolean(),
      }),
    ),
  ),
  interactions: fc.array(
    fc.record({
      personId: fc.constantFrom(...PEOPLE),
      at: instant,
      kind: fc.constantFrom(...INTERACTION_KINDS),
    }),
    { maxLength: 10 },
  ),
  decisions: fc.constant([]),
});

/** The moment each action follows, worked out from the input independently of the engine. */
function eventOf(action: Action, data: CadenceInput): string | null | undefined {
  const interview = data.interviews.find((candidate) => candidate.id === action.interviewId);
  switch (action.kind) {
    case 'ask_second_person':
    case 'follow_up':
    case 'mark_no_reply':
      return interview?.requestSentAt;
    case 'send_questions':
      return interview?.agreedAt ?? interview?.lastReplyAt;
    case 'thank_you':
    case 'thank_introducer':
      return interview?.heldAt ?? interview?.scheduledFor;
    case 'keep_in_touch': {
      // The last contact: any interaction, or the conversation itself.
      const talks = data.interviews
        .filter((i) => i.personId === action.personId && ['held', 'closed'].includes(i.stage))
        .map((i) => i.heldAt ?? i.scheduledFor);
      const times = (data.interactions ?? [])
        .filter((i) => i.personId === action.personId)
        .map((i) => i.at);
      const all = [...talks, ...times].filter((at): at is string => at !== null);
      return all.sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1) ?? null;
    }
  }
}

describe('cadence properties', () => {
  test('no action is due before the event it follows, in the user’s calendar; ids are unique', () => {
    fc.assert(
      fc.property(
        input,
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 6 }),
        (data, picks) => {
          const first = computeActions(data);
          // Decide about some of the actions (snoozes to any day, earlier ones too) and run again.
          const decisions = picks.flatMap((pick, index): ActionDecision[] => {
            const action = first[pick % Math.max(first.length, 1)];
            if (!action) return [];
            if (index % 3 === 0) return [{ actionId: action.id, decision: 'dismissed' }];
            const until = new Date(Date.parse(action.dueInstant) + (pick - 200) * 86_400_000);
            return [
              {
                actionId: action.id,
                decision: 'snoozed',
                until: until.toISOString().slice(0, 10),
              },
            ];
          });
          const actions = computeActions({ ...data, decisions });
          const today = localDateOf(data.asOf, data.timeZone);

          expect(new Set(actions.map((a) => a.id)).size).toBe(actions.length);
          for (const action of actions) {
            const event = eventOf(action, data);
            if (event) expect(action.due >= localDateOf(event, data.timeZone)).toBe(true);
            expect(action.status).toBe(
              action.due < today ? 'overdue' : action.due === today ? 'today' : 'upcoming',
            );
            expect(localDateOf(action.dueInstant, data.timeZone)).toBe(action.due);
          }
          expect(actions.map((a) => a.due)).toEqual(actions.map((a) => a.due).sort());
        },
      ),
      { numRuns: 300 },
    );
  });

  test('n business days later is a business day n business days away', () => {
    const days = fc
      .integer({ min: 0, max: 800 })
      .map((n) => new Date(FROM + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        days,
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('US', 'DE', 'GB', null),
        (day, n, country) => {
          const holidays = holidayCalendar(country);
          const later = addBusinessDays(day, n, holidays);
          expect(later > day).toBe(true);
          expect(isBusinessDay(later, holidays)).toBe(true);
          expect(businessDaysBetween(day, later, holidays)).toBe(n);
        },
      ),
    );
  });
});
