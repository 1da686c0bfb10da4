// Data builders for the cadence tests only; production code never imports this file.
import { TWO_HOUR_JOB_SEARCH } from '#core/playbook';
import type { CadenceInput, CadenceInterview, CadencePerson } from '#core/cadence/types';

export function interview(
  fields: Partial<CadenceInterview> & Pick<CadenceInterview, 'id' | 'personId' | 'stage'>,
): CadenceInterview {
  return {
    organizationId: null,
    introducedById: null,
    requestSentAt: null,
    followUpSentAt: null,
    agreedAt: null,
    scheduledFor: null,
    heldAt: null,
    thankYouSentAt: null,
    introducerThankedAt: null,
    questionsSentAt: null,
    lastReplyAt: null,
    ...fields,
  };
}

export function person(
  id: string,
  name: string,
  fields: Partial<Omit<CadencePerson, 'id' | 'name'>> = {},
): CadencePerson {
  return { id, name, organizationId: null, relationship: null, archived: false, ...fields };
}

/** New York, the 3B7 playbook, nobody and nothing: tests add what they are about. */
export function cadenceInput(fields: Partial<CadenceInput>): CadenceInput {
  return {
    asOf: '2026-03-02T12:00:00Z',
    timeZone: 'America/New_York',
    playbook: TWO_HOUR_JOB_SEARCH,
    interviews: [],
    people: [],
    interactions: [],
    decisions: [],
    ...fields,
  };
}
