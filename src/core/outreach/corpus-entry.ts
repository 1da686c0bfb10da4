import { TWO_HOUR_JOB_SEARCH, type Playbook } from '../playbook';
import type { Channel, MessageKind, RuleId } from './types';

/** One realistic draft and what the checker must and must not say about it. */
export type CorpusEntry = {
  name: string;
  text: string;
  channel?: Channel;
  kind?: MessageKind;
  /** Defaults to the two-hour job search playbook (75 words). */
  playbook?: Playbook;
  mustFind: RuleId[];
  mustNotFind: RuleId[];
};

export const ALL: RuleId[] = [
  'word-limit',
  'connection-first',
  'no-job-ask',
  'time-ask',
  'ends-with-question',
  'interest-stated',
  'about-them',
  'note-length',
];
/** Every rule except the ones named. */
export const allBut = (...rules: RuleId[]): RuleId[] => ALL.filter((rule) => !rules.includes(rule));
export const FREE_LINKEDIN: Playbook = {
  ...TWO_HOUR_JOB_SEARCH,
  outreach: { ...TWO_HOUR_JOB_SEARCH.outreach, linkedinNoteLimit: 200 },
};

// A request of about 95 words that follows the method: fine for the career centre's 100 words,
// too long for the two-hour job search's 75.
export const NINETY_FIVE_WORDS = `Dear Mr. Haddad,

Professor Chen from my capstone seminar suggested I contact you. I'm a final-year civil engineering student at the University of Waterloo, and I'm exploring careers in transportation planning, especially transit design for mid-sized cities. I read about the bus network redesign your team led in Hamilton and would love to understand how projects like that come together, what skills matter most early on, and how you moved from consulting into the public sector. I'm not asking about jobs; I'm hoping for your perspective. Would you have 20 minutes for a call in the next few weeks?

Kind regards,
Nadia Farouk
nadia.farouk@uwaterloo.example`;
